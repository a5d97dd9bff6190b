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

    private static string Written(PersonGazetteer gazetteer)
    {
        using var stream = new MemoryStream();
        gazetteer.WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
