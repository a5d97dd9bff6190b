using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Indexer.Tests;

/// <summary>
/// The bundled sample, indexed by the command, against counts computed here straight from the files.
/// </summary>
public sealed class SampleIndexTests : IDisposable
{
    private readonly string indexDir = Path.Combine(Path.GetTempPath(), "search-sample-test-" + Guid.NewGuid().ToString("N"));
    private readonly string sample = Path.Combine(RepositoryRoot(), "index-data", "sample");

    [Fact]
    public void WithoutExtractionSampleFacetCountsEqualCountsComputedFromTheFiles()
    {
        Assert.Equal(0, WithoutExtraction(() => IndexCommand.Run([sample], indexDir, rebuild: true)));
        var lines = Directory.EnumerateFiles(Path.Combine(sample, "jsonl"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        var rawFiles = Directory.GetFiles(Path.Combine(sample, "raw"), "*.txt");
        var pages = Directory.GetFiles(Path.Combine(sample, "html"), "*.html").Select(PageFacts).ToList();

        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexDir }), NullLogger<SearchIndex>.Instance);
        var searcher = new ArticleSearcher(index, ArticleAnalyzer.Create(NullLoggerFactory.Instance));
        var result = searcher.Search(new SearchRequest { FacetSize = 100 });

        Assert.Equal(lines.Count + rawFiles.Length + pages.Count, result.Total);
        Assert.Equal(
            Count(lines.Select(l => l.GetProperty("category").GetString()!.ToLowerInvariant()).Concat(pages.Select(p => p.Category))),
            AsDictionary(result.Facets["topic"]));
        Assert.Equal(
            Count(lines.SelectMany(l => l.GetProperty("persons").EnumerateArray().Select(p => p.GetString()!))),
            AsDictionary(result.Facets["person"]));
        var sources = Count(lines.Select(l => l.GetProperty("source").GetString()!).Concat(pages.Select(p => p.Source)));
        sources["kabarnusa.id"] = rawFiles.Length;
        Assert.Equal(sources, AsDictionary(result.Facets["source"]));
        Assert.Equal(
            Count(lines.Select(l => l.GetProperty("published").GetString()![..7]).Concat(rawFiles.Select(RawMonth)).Concat(pages.Select(p => p.Month))),
            AsDictionary(result.Facets["month"]));
    }

    [Fact]
    public void ExtractionTagsEveryArticleWithATopicAndKeepsEveryListedPerson()
    {
        Assert.Equal(0, IndexCommand.Run([sample], indexDir, rebuild: true));
        var listed = Directory.EnumerateFiles(Path.Combine(sample, "jsonl"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("persons").EnumerateArray().Select(p => p.GetString()!))
            .ToHashSet();
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexDir }), NullLogger<SearchIndex>.Instance);
        var searcher = new ArticleSearcher(index, ArticleAnalyzer.Create(NullLoggerFactory.Instance));
        var result = searcher.Search(new SearchRequest { FacetSize = 1000 });

        Assert.Equal(result.Total, result.Facets["topic"].Sum(t => t.Count));
        Assert.Subset(result.Facets["person"].Select(p => p.Value).ToHashSet(), listed);
        Assert.True(File.Exists(Path.Combine(IndexLayout.LiveDirectory(indexDir), GazetteerStore.FileName)));
    }

    [Fact]
    public void SampleMeetsTheDemoShape()
    {
        Assert.Equal(0, IndexCommand.Run([sample], indexDir, rebuild: true));
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = indexDir }), NullLogger<SearchIndex>.Instance);
        var searcher = new ArticleSearcher(index, ArticleAnalyzer.Create(NullLoggerFactory.Instance));
        var facets = searcher.Search(new SearchRequest { FacetSize = 100 }).Facets;

        Assert.True(facets["topic"].Count >= 6);
        Assert.True(facets["person"].Count(p => p.Count >= 2) >= 15);
        Assert.Equal(3, facets["source"].Count);
        Assert.Equal(["2024", "2025"], facets["year"].Select(y => y.Value));
    }

    private static int WithoutExtraction(Func<int> run)
    {
        Environment.SetEnvironmentVariable("Metadata__Extract", "false");
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("Metadata__Extract", null);
        }
    }

    /// <summary>
    /// Section, host and month of a saved page, as its JSON-LD or meta tags declare them (read here with
    /// patterns, not with the ingestion code under test).
    /// </summary>
    private static (string Category, string Source, string Month) PageFacts(string path)
    {
        var html = File.ReadAllText(path);
        string First(string pattern) => Regex.Match(html, pattern).Groups[1].Value;
        return (
            First("(?:\"articleSection\"\\s*:\\s*\"|article:section\" content=\")([^\"]+)\""),
            First("(?:og:url\" content=|\"url\"\\s*:\\s*)\"https://([^/\"]+)/"),
            First("(?:\"datePublished\"\\s*:\\s*\"|article:published_time\" content=\")(\\d{4}-\\d{2})"));
    }

    /// <summary>The month of a raw capture, from its file name (kabarnusa-YYYY-MM-DD-slug.txt).</summary>
    private static string RawMonth(string path) => Path.GetFileName(path)["kabarnusa-".Length..("kabarnusa-".Length + 7)];

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<string, int> AsDictionary(IReadOnlyList<FacetCount> facet) =>
        facet.ToDictionary(f => f.Value, f => f.Count);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Search.sln not found above the test binaries.");
    }

    public void Dispose()
    {
        if (Directory.Exists(indexDir))
        {
            Directory.Delete(indexDir, recursive: true);
        }
    }
}
