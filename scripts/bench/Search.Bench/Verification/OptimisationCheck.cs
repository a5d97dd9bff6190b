using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Bench.Verification;

/// <summary>
/// Checks that the fast paths change nothing: over a query mix, every snippet equals the one the full
/// highlighter makes, and every facet count of the cached counter equals the uncached reference.
/// </summary>
public static class OptimisationCheck
{
    public static int Run(SearchIndex index, Analyzer analyzer, IReadOnlyList<(string Kind, SearchRequest Request)> mix)
    {
        var searcher = new ArticleSearcher(index, analyzer);
        var builder = new UserQueryBuilder(analyzer);
        var highlighter = new SnippetHighlighter(analyzer);
        var fields = FacetDimensions.All.Select(d => d.Field).ToList();
        int snippets = 0, counts = 0, mismatches = 0;
        foreach (var (kind, request) in mix)
        {
            var result = searcher.Search(request);
            var query = builder.Build(request.Query);
            foreach (var hit in result.Hits)
            {
                var body = searcher.Get(hit.Id)!.Article.Body;
                snippets++;
                if (highlighter.Snippet(query, body) != hit.Snippet)
                {
                    mismatches++;
                    Console.WriteLine($"snippet differs: {kind} '{request.Query}' {hit.Id}");
                }
            }
            index.Use(s =>
            {
                var combined = SearchFilters.Combine(query, SearchFilters.Of(request));
                var cached = new FacetCountingCollector(fields);
                var reference = new ReferenceFacetCounter(fields);
                s.Search(combined, MultiCollector.Wrap(cached, reference));
                foreach (var field in fields)
                {
                    counts++;
                    // In the same order too: ties between case variants are settled by the first one listed.
                    var a = cached.CountsOf(field);
                    var b = reference.CountsOf(field);
                    if (!a.SequenceEqual(b))
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
}
