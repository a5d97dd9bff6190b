using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Articles;

using Search.Evaluation.Corpus;

namespace Search.Evaluation.Relevance;

/// <summary>
/// A stock Lucene set-up: one analyzer for headline and text (two fields), BM25, and a query that ORs
/// every analysed query term over both fields — the usual way to search with a bare analyzer.
/// </summary>
public sealed class LuceneBaseline : ISearchSystem
{
    private const string Id = "id", Title = "title", Body = "body";

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private LuceneBaseline(string name, Analyzer analyzer, RAMDirectory directory, TimeSpan indexingTime)
    {
        Name = name;
        _analyzer = analyzer;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        IndexingTime = indexingTime;
    }

    public string Name { get; }

    public TimeSpan IndexingTime { get; }

    public static LuceneBaseline Build(string name, Analyzer analyzer, IReadOnlyList<Article> articles)
    {
        var clock = Stopwatch.StartNew();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in articles)
            {
                // Id: StringField, stored (names the hits); headline and text: TextField, not stored.
                writer.AddDocument(new Document
                {
                    new StringField(Id, article.Id, Field.Store.YES),
                    new TextField(Title, article.Title, Field.Store.NO),
                    new TextField(Body, article.Body, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        return new LuceneBaseline(name, analyzer, directory, clock.Elapsed);
    }

    public IReadOnlyList<string> TopTen(string query)
    {
        var any = new BooleanQuery();
        foreach (var field in new[] { Title, Body })
        {
            foreach (var term in AnalyzedTerms.Of(_analyzer, field, query))
            {
                any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }

        return _searcher.Search(any, 10).ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get(Id)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
