using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Bench.Engines;

/// <summary>
/// The floor of the stack, for indexing only: Lucene.Net as it comes, doing the work SQLite FTS5 does and no
/// more. Lucene's <see cref="StandardAnalyzer"/> (no stemming, no offsets), the headline and the body once each
/// (stored, as FTS5 keeps its content), the id, and the topic, source and month as doc values for counting;
/// analysis on every core, its default codec, the same RAM buffer as ours, merged to one segment at the end as
/// FTS5 is optimised. What it reaches against FTS5 is what Lucene.Net itself allows, before any of our
/// analysis, copies or metadata.
/// </summary>
public sealed class PlainLuceneIndexing(string indexPath, double ramBufferMb)
{
    public const string Name = "plain Lucene.Net";

    public IndexingFigures Index(string corpusPath)
    {
        var clock = Stopwatch.StartNew();
        long count = 0;
        using (var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48))
        using (var directory = FSDirectory.Open(indexPath))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMb,
        }))
        {
            var records = new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpusPath]);
            Parallel.ForEach(records, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, record =>
            {
                if (record.Article is not { } article)
                {
                    return;
                }
                var facets = FacetValues.Of(article);
                var doc = new Document
                {
                    new StringField("id", article.Id, Field.Store.YES),
                    new TextField("title", article.Title, Field.Store.YES),
                    new TextField("body", article.Body, Field.Store.YES),
                    new SortedSetDocValuesField("source", new BytesRef(facets.Source)),
                    new SortedSetDocValuesField("month", new BytesRef(facets.Month)),
                };
                if (facets.Topic is not null)
                {
                    doc.Add(new SortedSetDocValuesField("topic", new BytesRef(facets.Topic)));
                }
                writer.AddDocument(doc);
                Interlocked.Increment(ref count);
            });
            writer.ForceMerge(1);
            writer.Commit();
        }
        return new IndexingFigures(count, clock.Elapsed.TotalSeconds, new FileInfo(corpusPath).Length, LuceneEngine.DirectoryBytes(indexPath));
    }
}
