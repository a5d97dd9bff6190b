using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Metadata;
using Search.Core.Searching;

namespace Search.Bench.Discovery;

/// <summary>
/// How good related lists are, on a seeded sample of source articles (optionally only ids with a prefix,
/// e.g. "idnc2015-" for idnewscorpus-2015): precision@5 of the same canonical topic, each article's topic
/// decided by the metadata work's <see cref="TopicClassifier"/> from its stored source, section label and
/// text (whatever the index was built with); precision@5 of the same section label as indexed; and the
/// share of related articles whose title shares a distinctive word (stemmed, in at most
/// <see cref="DistinctiveTitles"/> titles) with the source's. Prints the first lists to judge.
/// </summary>
public static class RelatedQuality
{
    private const int DistinctiveTitles = 50;

    public static void Run(string indexPath, string? idPrefix, int sample, int lists, int seed, RelatedOptions options)
    {
        var analyzer = ArticleAnalyzer.Create(new AnalysisOptions(), NullLoggerFactory.Instance);
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexPath }), NullLogger<SearchIndex>.Instance);
        var finder = new RelatedArticleFinder(index, analyzer, Options.Create(options), TimeProvider.System, DraftTagging.For(indexPath));
        var sources = index.Use(searcher =>
        {
            var random = new Random(seed);
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            return Enumerable.Range(0, reader.MaxDoc)
                .Where(d => live is null || live.Get(d))
                .Select(d => searcher.Doc(d))
                .Where(d => idPrefix is null || d.Get(IndexSchema.Id).StartsWith(idPrefix, StringComparison.Ordinal))
                .Select(d => (Id: d.Get(IndexSchema.Id), Title: d.Get(IndexSchema.Title), Topic: d.Get(IndexSchema.Topic), Source: d.Get(IndexSchema.Source), Canonical: Canonical(d)))
                .OrderBy(_ => random.Next())
                .Take(sample)
                .ToList();
        });
        double topicHits = 0, topicSlots = 0, labelHits = 0, labelSlots = 0, titleHits = 0, titleSlots = 0, otherSource = 0, duplicates = 0;
        var shown = new List<string>();
        foreach (var source in sources)
        {
            var related = finder.ForArticle(source.Id, new RelatedRequest())!.Articles;
            topicSlots += 5;
            topicHits += related.Count(r => CanonicalOf(index, r.Article.Id) == source.Canonical);
            labelSlots += 5;
            labelHits += related.Count(r => r.Article.Topic == source.Topic);
            var distinctive = Distinctive(index, analyzer, source.Title);
            if (distinctive.Count > 0)
            {
                titleSlots += 5;
                titleHits += related.Count(r => Terms(analyzer, r.Article.Title).Overlaps(distinctive));
            }
            otherSource += related.Count(r => r.Article.Source != source.Source);
            duplicates += related.Sum(r => r.Duplicates);
            if (shown.Count < lists)
            {
                shown.Add(Describe(index, source, related));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {sources.Count} source articles{(idPrefix is null ? "" : $" with ids starting '{idPrefix}'")}, top 5 related each (default request)

            | measure | value |
            |---|---|
            | same canonical topic (TopicClassifier), precision@5 | {topicHits / topicSlots:F3} ({topicHits}/{topicSlots}) |
            | same topic as indexed, precision@5 | {labelHits / labelSlots:F3} ({labelHits}/{labelSlots}) |
            | title shares a distinctive word (in ≤ {DistinctiveTitles} titles) with the source's | {titleHits / titleSlots:F3} ({titleHits}/{titleSlots}) |
            | from another outlet than the source | {otherSource / labelSlots:F3} |
            | near-duplicate copies collapsed into the lists | {duplicates} |

            """));
        shown.ForEach(Console.WriteLine);
    }

    private static string Describe(SearchIndex index, (string Id, string Title, string? Topic, string Source, string Canonical) source, IReadOnlyList<RelatedArticle> related)
    {
        var lines = new List<string> { $"**{source.Title}** ({source.Source}, {source.Canonical}) [{source.Id}]" };
        lines.AddRange(related.Select((r, i) => string.Create(CultureInfo.InvariantCulture,
            $"  {i + 1}. {r.Article.Title} ({r.Article.Source}, {CanonicalOf(index, r.Article.Id)}, {r.Article.Published:yyyy-MM-dd}, score {r.Score:F2}{(r.Duplicates > 0 ? $", +{r.Duplicates} copies" : "")})")));
        return string.Join('\n', lines) + "\n";
    }

    private static string CanonicalOf(SearchIndex index, string id) => index.Use(searcher =>
        Canonical(searcher.Doc(searcher.Search(new Lucene.Net.Search.TermQuery(ArticleDocumentMapper.IdTerm(id)), 1).ScoreDocs[0].Doc)));

    private static string Canonical(Lucene.Net.Documents.Document doc) => TopicClassifier.Default.Classify(
        doc.Get(IndexSchema.Source), doc.Get(IndexSchema.Category), doc.Get(IndexSchema.Subcategory), doc.Get(IndexSchema.Title), doc.Get(IndexSchema.Body) ?? "").Topic;

    private static HashSet<string> Distinctive(SearchIndex index, Analyzer analyzer, string title) => index.Use(searcher =>
        Terms(analyzer, title)
            .Where(t => t.Length >= 4 && searcher.IndexReader.DocFreq(new Term(IndexSchema.Title, t)) is > 1 and <= DistinctiveTitles)
            .ToHashSet());

    private static HashSet<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(IndexSchema.Title, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
