using System.Diagnostics;
using Microsoft.Extensions.Options;
using Search.Core.Ingestion;
using Xunit.Abstractions;

namespace Search.Core.Tests.Ingestion;

/// <summary>The whole shared news corpus (27,127 articles in 14 .jsonl files) read end to end.</summary>
public sealed class NewsCorpusIngestionTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void WholeNewsCorpusIsReadWithoutRejections()
    {
        var reader = new ArticleFileReader(Options.Create(new IngestionOptions()));
        var stopwatch = Stopwatch.StartNew();

        var records = reader.Read([SharedData.PathTo(SharedData.NewsCorpus)]).ToList();

        stopwatch.Stop();
        output.WriteLine("Read {0} records in {1} ms", records.Count, stopwatch.ElapsedMilliseconds);
        var rejected = records.Where(record => record.IsRejected).ToList();
        foreach (var record in rejected)
        {
            output.WriteLine(record.ToString());
        }

        // 111 indosum records (97 goal indonesia, 12 dailysocial.id, 1 kumparan, 1 juara.net) have
        // neither a title nor a title_from_url: their lead sentence stands in, so none is lost.
        Assert.Empty(rejected);
        Assert.Equal(27_127, records.Count);
        Assert.Equal(14, records.Select(record => record.File).Distinct().Count());
    }

    [SharedDataFact]
    public void EveryAcceptedCorpusArticleKeepsItsUniqueIdAndWibOffset()
    {
        var reader = new ArticleFileReader(Options.Create(new IngestionOptions()));

        var articles = reader.Read([SharedData.PathTo(SharedData.NewsCorpus)]).Where(record => !record.IsRejected).Select(record => record.Article!).ToList();

        Assert.Equal(articles.Count, articles.Select(article => article.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(articles, article => Assert.Equal(TimeSpan.FromHours(7), article.Published.Offset));
        Assert.All(articles, article => Assert.False(string.IsNullOrWhiteSpace(article.Body)));
        Assert.Equal(68, articles.Count(article => article.RelatedTitles.Count > 0));
    }
}
