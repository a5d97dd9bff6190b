using System.Globalization;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Tests.Analysis;

namespace Search.Core.Tests.Searching;

/// <summary>
/// <c>SearchOptions.ResidentFiles</c> against the kernel's own account of the process's mappings (Linux's
/// /proc/self/smaps): the chosen files of a served index have every page mapped, the others only the pages read.
/// The test index is a real one of small segments, each one compound file (.cfs) of a few hundred pages; opening a
/// segment reads its headers and footers, so some of its pages are mapped without the option too, never all.
/// </summary>
public sealed class ResidentIndexFilesTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "search-resident-" + Guid.NewGuid().ToString("N"));
    private readonly Lucene.Net.Analysis.Analyzer analyzer = TestAnalysis.CreateAnalyzer();
    private readonly RecordingLogger<SearchIndex> log = new();

    [Fact]
    public async Task ChosenFilesHaveEveryPageMappedOnceTheIndexIsServed()
    {
        Write(Articles(0, 600));
        using var index = Serve("cfs");

        Assert.Equal(600, index.DocumentCount);
        await index.KeptResident;

        var mapping = Assert.Single(Mappings(".cfs"));
        Assert.True(mapping.SizeKb > 1024, $"the test needs a compound file of more than 1 MiB, got {mapping.SizeKb} kB");
        Assert.True(mapping.SizeKb == mapping.RssKb, $"{mapping.RssKb} of {mapping.SizeKb} kB mapped; {Logged()}");
    }

    [Fact]
    public async Task AnIndexServedThroughASymbolicLinkIsKeptResidentToo()
    {
        Write(Articles(0, 600));
        var link = path + "-link";
        Directory.CreateSymbolicLink(link, path);
        try
        {
            using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = link, ResidentFiles = "cfs" }), log);
            Assert.Equal(600, index.DocumentCount);
            await index.KeptResident;

            var mapping = Assert.Single(Mappings(".cfs"));
            Assert.True(mapping.SizeKb == mapping.RssKb, $"{mapping.RssKb} of {mapping.SizeKb} kB mapped; {Logged()}");
        }
        finally
        {
            Directory.Delete(link);
        }
    }

    [Fact]
    public async Task FilesNotChosenHaveOnlyThePagesReadMapped()
    {
        Write(Articles(0, 600));
        using var index = Serve("");

        Assert.Equal(600, index.DocumentCount);
        await index.KeptResident;

        var mapping = Assert.Single(Mappings(".cfs"));
        Assert.True(mapping.RssKb < mapping.SizeKb / 2, $"{mapping.RssKb} of {mapping.SizeKb} kB mapped");
    }

    [Fact]
    public async Task ASegmentAddedLaterIsKeptResidentAfterTheRefresh()
    {
        Write(Articles(0, 600));
        using var index = Serve("cfs");
        Assert.Equal(600, index.DocumentCount);
        await index.KeptResident;

        Write(Articles(600, 600));
        index.Refresh();
        Assert.Equal(1200, index.DocumentCount);
        await index.KeptResident;

        var mappings = Mappings(".cfs");
        Assert.Equal(2, mappings.Count);
        Assert.All(mappings, m => Assert.True(m.SizeKb == m.RssKb, $"{m.RssKb} of {m.SizeKb} kB mapped; {Logged()}"));
    }

    [Fact]
    public async Task FilesChosenForRandomReadsAreMarkedSoAndNotPopulated()
    {
        Write(Articles(0, 600));
        using var index = new SearchIndex(Options.Create(new SearchOptions { IndexPath = path, ResidentFiles = "", RandomReadFiles = "cfs" }), log);

        Assert.Equal(600, index.DocumentCount);
        await index.KeptResident;

        var mapping = Assert.Single(Mappings(".cfs"));
        Assert.Contains("rr", mapping.Flags);
        Assert.True(mapping.RssKb < mapping.SizeKb / 2, $"{mapping.RssKb} of {mapping.SizeKb} kB mapped");
    }

    [Fact]
    public async Task FilesNotChosenForRandomReadsKeepTheKernelsReadAhead()
    {
        Write(Articles(0, 600));
        using var index = Serve("cfs");

        Assert.Equal(600, index.DocumentCount);
        await index.KeptResident;

        Assert.DoesNotContain("rr", Assert.Single(Mappings(".cfs")).Flags);
    }

    [Fact]
    public void ExtensionsAreReadWithoutDotsCaseOrSpaces() =>
        Assert.Equal(["cfs", "doc", "tim"], ResidentIndexFiles.ParseExtensions(" .TIM, doc,,cfs ").Order(StringComparer.Ordinal));

    public void Dispose()
    {
        analyzer.Dispose();
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private SearchIndex Serve(string residentFiles) =>
        new(Options.Create(new SearchOptions { IndexPath = path, ResidentFiles = residentFiles }), log);

    private string Logged() => string.Join(" | ", log.Entries.Select(e => e.Message));

    private void Write(IEnumerable<Article> articles)
    {
        using var writer = new ArticleIndexWriter(path, analyzer, rebuild: false);
        foreach (var article in articles)
        {
            writer.Upsert(article);
        }

        writer.Commit();
    }

    /// <summary>Articles of words drawn from a fixed generator, so that stored text and postings do not compress to a few pages.</summary>
    private static IEnumerable<Article> Articles(int first, int count)
    {
        var random = new Random(first + 7);
        string[] syllables = ["ba", "ka", "ri", "su", "to", "ne", "la", "mi", "po", "de", "gu", "ya", "wi", "ha", "je", "co"];
        string Word() => string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => syllables[random.Next(syllables.Length)]));
        for (var i = first; i < first + count; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 400).Select(_ => Word()));
            yield return Fixtures.Article($"r{i}", $"{Word()} {Word()} {Word()}", body, "2025-01-01T08:00:00+07:00");
        }
    }

    /// <summary>Size, resident size and flags (VmFlags: "rr" = random reads advised) of each mapping of this index's files with <paramref name="extension"/>.</summary>
    private List<(long SizeKb, long RssKb, string[] Flags)> Mappings(string extension)
    {
        var found = new List<(long SizeKb, long RssKb, string[] Flags)>();
        var inFile = false;
        long size = 0;
        long rss = 0;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                inFile = fields.Length == 6 && fields[5].StartsWith(path, StringComparison.Ordinal) && fields[5].EndsWith(extension, StringComparison.Ordinal);
            }
            else if (inFile && fields[0] == "Size:")
            {
                size = long.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            else if (inFile && fields[0] == "Rss:")
            {
                rss = long.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            else if (inFile && fields[0] == "VmFlags:")
            {
                found.Add((size, rss, fields[1..]));
            }
        }

        return found;
    }
}
