using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Discovery;
using Search.Core.Ingestion;
using Search.Core.Searching;

namespace Search.Core.Indexing;

/// <summary>
/// Upserts and deletes articles in the index a running service holds: one commit per call (durable when
/// it returns) and visible to the next search. Rejected records are reported, never written.
/// Accepted writes also go to the <see cref="LiveWriteJournal"/>, so a rebuild carries them into the new generation.
/// Near-duplicate groups around the written articles are recomputed in the same commit (<see cref="NearDuplicateGrouper.RegroupAround"/>).
/// </summary>
public sealed class LiveIngestion(
    SearchIndex index, ArticleEnricher? enricher = null, LiveWriteJournal? journal = null, IOptions<DuplicateOptions>? duplicates = null)
{
    /// <summary>Writes every accepted record; one outcome per record, in order.</summary>
    /// <exception cref="IndexLockedException">Another process holds the write lock.</exception>
    public IReadOnlyList<IngestOutcome> Upsert(IReadOnlyList<IngestedRecord> records)
    {
        if (records.All(r => r.IsRejected))
        {
            return records.Select(r => IngestOutcome.Of(r, IngestStatus.Rejected)).ToList();
        }

        return index.Write((writer, searcher) =>
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            var accepted = new List<JournalEntry>();
            var outcomes = new List<IngestOutcome>(records.Count);
            foreach (var record in records)
            {
                if (record.Article is not { } article)
                {
                    outcomes.Add(IngestOutcome.Of(record, IngestStatus.Rejected));
                    continue;
                }

                var id = ArticleDocumentMapper.IdTerm(article.Id);
                var existed = written.Contains(article.Id) || Exists(searcher, id);
                var enriched = enricher?.Enrich(article) ?? article;
                try
                {
                    writer.UpdateDocument(id, ArticleDocumentMapper.ToDocument(enriched));
                }
                catch (ArgumentException ex)
                {
                    // Lucene refuses a document (say, a term over 32,766 bytes) without harming the writer.
                    outcomes.Add(new IngestOutcome(record.File, record.Line, article.Id, IngestStatus.Rejected, RejectionReason.TooLarge, ex.Message));
                    continue;
                }

                written.Add(article.Id);
                accepted.Add(JournalEntry.Upserted(enriched));
                outcomes.Add(IngestOutcome.Of(record, existed ? IngestStatus.Updated : IngestStatus.Created));
            }

            journal?.Append(accepted);
            if (written.Count > 0)
            {
                NearDuplicateGrouper.RegroupAround(writer, searcher, written, duplicates?.Value ?? new DuplicateOptions());
            }
            return outcomes;
        });
    }

    /// <summary>Deletes the article; false when there was none with that id.</summary>
    /// <exception cref="IndexLockedException">Another process holds the write lock.</exception>
    public bool Delete(string id) => index.Write((writer, searcher) =>
    {
        var term = ArticleDocumentMapper.IdTerm(id);
        if (!Exists(searcher, term))
        {
            return false;
        }

        writer.DeleteDocuments(term);
        journal?.Append([JournalEntry.Deleted(id)]);
        NearDuplicateGrouper.RegroupAround(writer, searcher, [id], duplicates?.Value ?? new DuplicateOptions());
        return true;
    });

    private static bool Exists(IndexSearcher searcher, Lucene.Net.Index.Term id) =>
        searcher.Search(new TermQuery(id), 1).TotalHits > 0;
}
