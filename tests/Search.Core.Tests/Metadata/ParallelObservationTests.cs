using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Ingestion;
using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>The learning pass on every core against the same pass article by article.</summary>
public sealed class ParallelObservationTests
{
    [MetadataSharedFact]
    public void LearningOnEveryCoreLearnsWhatReadingInOrderLearns()
    {
        var articles = new ArticleFileReader(Options.Create(new IngestionOptions()))
            .Read([MetadataSharedData.PathTo("corpus/news/clickid-2019/detik-com.jsonl"), MetadataSharedData.PathTo("corpus/news/clickid-2019/kompas-com.jsonl")])
            .Select(record => record.Article).OfType<Article>().Where((_, i) => i % 3 == 0).Take(900).ToList();
        var inOrder = new PersonGazetteerBuilder();
        foreach (var article in articles)
        {
            inOrder.Observe(article.Title, article.Body, article.Caption);
        }

        var parallel = new PersonGazetteerBuilder();
        // A chunk size that does not divide the count: the last chunk is a short one.
        ParallelObservation.Run(parallel, articles, chunkSize: 7);

        var expected = Written(inOrder.Build());
        Assert.Equal(900, parallel.Observed);
        Assert.True(inOrder.Build().Count > 20, "The sample should teach some persons, or the comparison proves little.");
        Assert.Equal(expected, Written(parallel.Build()));
    }

    [Fact]
    public void ArticlesThatFailToReadFailTheLearningPassWithTheirOwnError()
    {
        var failure = Assert.Throws<InvalidDataException>(() => new PersonGazetteerBuilder().ObserveAll(ArticlesThenFailure(40)));

        Assert.Equal("record 41 is unreadable", failure.Message);
    }

    private static IEnumerable<Article> ArticlesThenFailure(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return new Article
            {
                Id = $"a{i}",
                Source = "contoh.id",
                Title = $"Berita {i}",
                Body = $"\"Kami siap,\" kata Wiratmoko Hadisaputro di Bandung pada hari ke-{i}.",
                Published = DateTimeOffset.UnixEpoch,
            };
        }

        throw new InvalidDataException($"record {count + 1} is unreadable");
    }

    private static string Written(PersonGazetteer gazetteer)
    {
        using var stream = new MemoryStream();
        gazetteer.WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
