using Microsoft.Extensions.Options;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>The saved pages under Ingestion/HtmlPages, read through the indexer's file reader.</summary>
internal static class HtmlPages
{
    /// <summary>After every page's date, so none is "in the future".</summary>
    public static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Ingestion", "HtmlPages", name);

    public static IngestedRecord Read(string name) => Assert.Single(Reader().Read([PathOf(name)]));

    public static Articles.Article ReadArticle(string name)
    {
        var record = Read(name);
        Assert.False(record.IsRejected, record.ToString());
        return record.Article!;
    }

    public static ArticleFileReader Reader() => new(Options.Create(new IngestionOptions()), Clock);

    public static string[] Paragraphs(Articles.Article article) => article.Body.Split("\n\n");
}
