using Search.Core.Discovery;

namespace Search.Core.Tests.Discovery;

public sealed class RelatedArticleTests(DiscoveryIndex index) : IClassFixture<DiscoveryIndex>
{
    private static readonly RelatedRequest Request = DiscoveryIndex.SmallCorpus;

    [Fact]
    public void TheFollowUpNamingTheSamePersonComesFirstThenTheTextMatchThenThePersonsOtherStory()
    {
        var related = index.Related.ForArticle("d1", Request)!.Articles;

        Assert.Equal(["d4", "d5", "r0"], related.Select(r => r.Article.Id));
        Assert.Equal([["Rina Halim"], [], ["Rina Halim"]], related.Select(r => r.SharedEntities));
    }

    [Fact]
    public void FusedScoreAddsTopicAndTimeBonusesToTheTextScore()
    {
        var budget = index.Related.ForArticle("d1", Request)!.Articles.Single(r => r.Article.Id == "d5");

        // Best text match (1), other topic, no person, 5 days 2 hours away: 1 + 0.15 × 2^(−5.083 / 14).
        Assert.Equal(Math.Round(1 + 0.15 * Math.Pow(2, -(5 + 2 / 24.0) / 14), 4), budget.Score);
    }

    [Fact]
    public void AnArticleFoundOnlyThroughASharedPersonGetsThePersonBonusAlone()
    {
        var market = index.Related.ForArticle("d1", Request)!.Articles.Single(r => r.Article.Id == "r0");

        Assert.Equal(0.5, market.Score);
    }

    [Fact]
    public void AnArticleIsNeverRelatedToItselfOrToItsOwnCopies()
    {
        foreach (var id in DiscoveryFixtures.BridgeCopies)
        {
            var related = index.Related.ForArticle(id, Request with { Size = 50 })!.Articles.Select(r => r.Article.Id);

            Assert.Empty(related.Intersect(DiscoveryFixtures.BridgeCopies));
        }
    }

    [Fact]
    public void CopiesOfARelatedStoryCollapseIntoOneWithTheirCount()
    {
        var related = index.Related.ForArticle("d4", Request)!.Articles;

        // d3, the copy with the extra paragraph about the bridge, is the group's best match.
        Assert.Equal([("d3", 2), ("r0", 0), ("d5", 0)], related.Select(r => (r.Article.Id, r.Duplicates)));
    }

    [Fact]
    public void PersonsSharedWithTheSourceBringTheirCoverageIn()
    {
        var related = index.Related.ForArticle("s1", Request)!.Articles;

        Assert.Equal(["s5", "s0", "s2", "s4", "s3"], related.Select(r => r.Article.Id));
        Assert.All(related, r => Assert.Equal(["Sari Wulandari"], r.SharedEntities));
    }

    [Fact]
    public void TopicFilterKeepsOnlyArticlesOfThatTopic()
    {
        var related = index.Related.ForArticle("d1", Request with { Topics = ["Ekonomi"] })!.Articles;

        Assert.Equal(["d5"], related.Select(r => r.Article.Id));
    }

    [Fact]
    public void AfterAndBeforeExcludeTheirOwnJakartaDay()
    {
        var after = index.Related.ForArticle("d1", Request with { After = new DateOnly(2025, 3, 4) })!.Articles;
        var between = index.Related.ForArticle("d1", Request with { After = new DateOnly(2025, 3, 4), Before = new DateOnly(2025, 3, 6) })!.Articles;

        Assert.Equal(["d4", "d5"], after.Select(r => r.Article.Id));
        Assert.Equal(["d4"], between.Select(r => r.Article.Id));
    }

    [Fact]
    public void SizeLimitsTheList()
    {
        Assert.Equal(["d4"], index.Related.ForArticle("d1", Request with { Size = 1 })!.Articles.Select(r => r.Article.Id));
    }

    [Fact]
    public void UnknownArticleHasNoRelatedResult()
    {
        Assert.Null(index.Related.ForArticle("tidak-ada", Request));
    }

    [Fact]
    public void AMinDocFreqAboveEveryBodyWordLeavesTitleWordsAndSharedPersons()
    {
        // Title words need only two titles; "jembatan" and "lamo" are in three and four. r0 shares only a person.
        var related = index.Related.ForArticle("d1", Request with { MinDocFreq = 20 })!.Articles;

        Assert.Equal(["d4", "d5", "s0", "r0"], related.Select(r => r.Article.Id));
    }
}
