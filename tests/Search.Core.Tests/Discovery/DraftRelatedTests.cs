using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Metadata;
using Search.Core.Tests.Ingestion;

namespace Search.Core.Tests.Discovery;

public sealed class DraftRelatedTests(DiscoveryIndex index) : IClassFixture<DiscoveryIndex>
{
    [Fact]
    public void ADraftOfMoreThanTwentyThousandCharactersFindsItsStoryTaggedWithPersonAndTopic()
    {
        var draft = new RelatedDraft { Title = "Pelajar Lamo masih naik perahu", Body = DiscoveryFixtures.LongDraftBody() };

        var result = index.Related.ForDraft(draft, DiscoveryIndex.SmallCorpus);

        Assert.True(draft.Body.Length > 20_000);
        Assert.Equal(["Rina Halim"], result.Persons);
        Assert.Equal("daerah", result.Topic);
        Assert.Equal([("d3", 2), ("d4", 0), ("r0", 0), ("d5", 0), ("s0", 0)], result.Articles.Select(r => (r.Article.Id, r.Duplicates)));
    }

    [Fact]
    public void GivenPersonsComeFirstAndKnownPersonsNamedInTheTextAreAdded()
    {
        var draft = new RelatedDraft
        {
            Title = "Bayu Santoso",
            Body = "Pelatih Bayu Santoso dan Menteri Sari Wulandari menonton laga timnas bersama pelajar Lamo.",
            Persons = ["Rina Halim"],
        };

        var result = index.Related.ForDraft(draft, DiscoveryIndex.SmallCorpus);

        Assert.Equal(["Rina Halim", "Bayu Santoso", "Sari Wulandari"], result.Persons);
        Assert.Equal("olahraga", result.Topic);
        Assert.Equal(["b2", "b1"], result.Articles.Take(2).Select(r => r.Article.Id));
    }

    [Fact]
    public void AGivenTopicIsKept()
    {
        var draft = new RelatedDraft { Body = DiscoveryFixtures.BridgeOriginal, Topic = "ekonomi" };

        Assert.Equal("ekonomi", index.Related.ForDraft(draft, DiscoveryIndex.SmallCorpus).Topic);
    }

    [Fact]
    public void WithAnEnricherADraftIsTaggedAsIndexingWouldTagIt()
    {
        var enricher = new ArticleEnricher(new EntityExtractor(), TopicClassifier.Default);
        var finder = new RelatedArticleFinder(index.Index, index.Analyzer, Options.Create(new RelatedOptions()), new FixedTimeProvider(DiscoveryIndex.Now), enricher);
        var draft = new RelatedDraft
        {
            Title = "Vaksinasi campak diperpanjang",
            Body = "Menteri Kesehatan Sari Wulandari memperpanjang kampanye vaksinasi campak hingga akhir bulan, kata juru bicara kementerian.",
        };
        var expected = enricher.Enrich(new Article { Id = "draft", Source = "draft", Title = draft.Title, Body = draft.Body, Published = DiscoveryIndex.Now });

        var result = finder.ForDraft(draft, DiscoveryIndex.SmallCorpus);

        Assert.Contains("Sari Wulandari", result.Persons);
        Assert.Equal(expected.Persons, result.Persons);
        Assert.Equal(expected.Orgs, result.Orgs);
        Assert.Equal(expected.Topic, result.Topic);
        Assert.Equal("s1", result.Articles[0].Article.Id);
    }

    [Fact]
    public void ADraftWithNothingInCommonHasNoRelatedArticlesPersonsOrTopic()
    {
        var result = index.Related.ForDraft(new RelatedDraft { Body = "Xilofon zebra kuokka." }, DiscoveryIndex.SmallCorpus);

        Assert.Empty(result.Persons);
        Assert.Null(result.Topic);
        Assert.Empty(result.Articles);
    }

    [Fact]
    public void TimeClosenessOfADraftIsMeasuredFromItsPublicationOrElseFromNow()
    {
        var draft = new RelatedDraft { Title = "Jembatan Lamo", Body = DiscoveryFixtures.BridgeOriginal };
        var followUp = DiscoveryFixtures.All.Single(a => a.Id == "d4").Published;

        var then = index.Related.ForDraft(draft with { Published = followUp }, DiscoveryIndex.SmallCorpus).Articles.Single(r => r.Article.Id == "d4");
        var now = index.Related.ForDraft(draft, DiscoveryIndex.SmallCorpus).Articles.Single(r => r.Article.Id == "d4");

        // Same text and persons; only the time bonus differs: 0.15 × (2^0 − 2^(−4.833 / 14)), now being 4 days 20 hours later.
        Assert.Equal(0.15 * (1 - Math.Pow(2, -(4 + 20 / 24.0) / 14)), then.Score - now.Score, 3);
    }
}
