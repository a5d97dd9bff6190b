using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench.Verification;

/// <summary>
/// Checks the fast paths against Lucene's own: over a query mix, a snippet cut from the index's offsets
/// marks a match wherever the full highlighter (re-analysing the body) marks one, and marks only words
/// whose stems are query terms of the body field; every facet count of the cached counter equals the uncached reference,
/// and its top values are those of sorting the reference's counts.
/// </summary>
public static class OptimisationCheck
{
    public static int Run(SearchIndex index, Analyzer analyzer, IReadOnlyList<(string Kind, SearchRequest Request)> mix, int show = 0)
    {
        var searcher = new ArticleSearcher(index, analyzer);
        var builder = new UserQueryBuilder(analyzer);
        var highlighter = new SnippetHighlighter(analyzer);
        var fields = FacetDimensions.All.Select(d => d.Field).ToList();
        int snippets = 0, counts = 0, mismatches = 0, shown = 0;
        foreach (var (kind, request) in mix)
        {
            var result = searcher.Search(request);
            var query = builder.Build(request.Query);
            foreach (var hit in result.Hits)
            {
                var body = searcher.Get(hit.Id)!.Article.Body;
                snippets++;
                var full = highlighter.Snippet(query, body);
                var ours = Marked(analyzer, hit.Snippet);
                var theirs = Marked(analyzer, full);
                if (theirs.Count > 0 && ours.Count == 0)
                {
                    mismatches++;
                    Console.WriteLine($"snippet misses every match: {kind} '{request.Query}' {hit.Id}\n  full: {full}\n  ours: {hit.Snippet}");
                }
                else if (!ours.IsSubsetOf(QueryTermExtractor.GetTerms(query, false, IndexSchema.Body).Select(t => t.Term)))
                {
                    mismatches++;
                    Console.WriteLine($"snippet marks a word that is no query term: {kind} '{request.Query}' {hit.Id}\n  ours: {hit.Snippet}");
                }
                if (shown < show && full != hit.Snippet)
                {
                    shown++;
                    Console.WriteLine($"{kind} '{request.Query}' {hit.Id}\n  full: {full}\n  ours: {hit.Snippet}");
                }
            }
            index.Use(s =>
            {
                var combined = SearchFilters.Combine(query, SearchFilters.Of(request));
                using var cached = new FacetCountingCollector(fields);
                var reference = new ReferenceFacetCounter(fields);
                s.Search(combined, MultiCollector.Wrap(cached, reference));
                foreach (var field in fields)
                {
                    counts++;
                    var a = cached.CountsOf(field);
                    var b = reference.CountsOf(field);
                    // Every value with its count, and the top values the searcher shows: those of sorting every
                    // reference count, most first, ties by value.
                    var all = a.ToDictionary();
                    var sorted = b.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                        .Take(request.FacetSize).Select(c => new FacetCount(c.Key, c.Value));
                    if (all.Count != b.Count || b.Any(c => all.GetValueOrDefault(c.Key) != c.Value) || !a.Top(request.FacetSize).SequenceEqual(sorted))
                    {
                        mismatches++;
                        Console.WriteLine($"counts differ: {kind} '{request.Query}' {field}");
                    }
                }
                return 0;
            });
        }
        Console.WriteLine($"{mix.Count} searches: {snippets} snippets and {counts} facet count sets compared, {mismatches} differ");
        return mismatches == 0 ? 0 : 1;
    }

    /// <summary>The stems of the words a snippet marks.</summary>
    private static HashSet<string> Marked(Analyzer analyzer, string snippet)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match mark in System.Text.RegularExpressions.Regex.Matches(snippet, "<mark>(.*?)</mark>"))
        {
            using var tokens = analyzer.GetTokenStream(IndexSchema.Body, System.Net.WebUtility.HtmlDecode(mark.Groups[1].Value));
            var term = tokens.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                stems.Add(term.ToString());
            }
            tokens.End();
        }
        return stems;
    }
}
