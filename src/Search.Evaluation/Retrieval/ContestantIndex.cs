using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Evaluation.Corpus;

namespace Search.Evaluation.Retrieval;

/// <summary>
/// An in-memory BM25 index of the corpus built with one contestant's analysis, and the search of
/// known-item queries against it.
/// </summary>
public sealed class ContestantIndex : IDisposable
{
    private readonly Contestant _contestant;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private ContestantIndex(Contestant contestant, RAMDirectory directory, TimeSpan indexingTime)
    {
        _contestant = contestant;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        IndexingTime = indexingTime;
    }

    public TimeSpan IndexingTime { get; }

    /// <summary>Indexes every article, in corpus order, on the calling thread.</summary>
    public static ContestantIndex Build(Contestant contestant, IReadOnlyList<CorpusArticle> articles)
    {
        var clock = Stopwatch.StartNew();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, contestant.Analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,

            // Merging only neighbouring segments, in this thread, keeps document numbers in corpus
            // order, so that equal scores are broken the same way on every run.
            MergePolicy = new LogByteSizeMergePolicy(),
            MergeScheduler = new SerialMergeScheduler(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in articles)
            {
                writer.AddDocument(ToDocument(article, contestant.Fields));
            }

            writer.Commit();
        }

        return new ContestantIndex(contestant, directory, clock.Elapsed);
    }

    /// <summary>The ids of the ten best articles for the words (OR), each sought as the shape says.</summary>
    public IReadOnlyList<string> TopTen(IEnumerable<string> words, QueryShape shape)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var clauses = _contestant.Fields
                .SelectMany(field => AnalyzedTerms.Of(_contestant.Analyzer, field, word)
                    .Select(term => new TermQuery(new Term(field, term)) { Boost = shape.BoostOf(field) }))
                .ToList();
            if (!shape.BestField)
            {
                clauses.ForEach(clause => query.Add(clause, Occur.SHOULD));
            }
            else if (clauses.Count > 0)
            {
                var best = new DisjunctionMaxQuery(0f);
                clauses.ForEach(best.Add);
                query.Add(best, Occur.SHOULD);
            }
        }

        var hits = _searcher.Search(query, 10).ScoreDocs;
        return hits.Select(hit => _searcher.Doc(hit.Doc).Get(IndexSchema.Id)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Document ToDocument(CorpusArticle article, IEnumerable<string> fields)
    {
        // Id: StringField, stored (to name the hits). Every search field: TextField, not stored.
        var document = new Document { new StringField(IndexSchema.Id, article.Id, Field.Store.YES) };
        foreach (var field in fields)
        {
            var text = field is IndexSchema.Title or IndexSchema.TitleExact ? article.Title : article.Body;
            document.Add(new TextField(field, text, Field.Store.NO));
        }

        return document;
    }
}
