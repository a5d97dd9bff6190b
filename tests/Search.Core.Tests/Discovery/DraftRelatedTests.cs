using Search.Core.Discovery;

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
        var draft = new RelatedDraft { Body = "Xilofon zebra kuokka.", Persons = ["Sari Wulandari"] };

        var now = index.Related.ForDraft(draft, DiscoveryIndex.SmallCorpus).Articles;
        var february = index.Related.ForDraft(draft with { Published = new DateTimeOffset(2025, 2, 25, 9, 0, 0, TimeSpan.FromHours(7)) }, DiscoveryIndex.SmallCorpus).Articles;

        Assert.Equal(["s5", "s4", "s3", "s2", "s1"], now.Select(r => r.Article.Id));
        Assert.Equal(["s0", "s1", "s2", "s3", "s4"], february.Select(r => r.Article.Id));
    }
}
