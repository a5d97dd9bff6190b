using System.Text.RegularExpressions;
using Search.Core.Discovery;

namespace Search.Core.Tests.Discovery;

public sealed class NearDuplicateSignatureTests
{
    [Fact]
    public void SignatureSimilarityEstimatesTheJaccardSimilarityOfFourWordShingles()
    {
        var original = DiscoveryFixtures.BridgeOriginal;
        foreach (var copy in DiscoveryFixtures.All.Where(a => a.Id is "d2" or "d3"))
        {
            var estimate = NearDuplicateSignature.Similarity(NearDuplicateSignature.Of(original), NearDuplicateSignature.Of(copy.Body));

            Assert.InRange(estimate - Jaccard(original, copy.Body), -0.15, 0.15);
            Assert.True(estimate >= new DuplicateOptions().Threshold, $"{copy.Id}: {estimate}");
        }
    }

    [Fact]
    public void IdenticalBodiesAreFullySimilarAndCaseAndPunctuationDoNotMatter()
    {
        var body = DiscoveryFixtures.BridgeOriginal;

        Assert.Equal(1.0, NearDuplicateSignature.Similarity(NearDuplicateSignature.Of(body), NearDuplicateSignature.Of(body.ToUpperInvariant().Replace(",", " ;"))));
    }

    [Fact]
    public void DifferentStoriesShareAlmostNoSignaturePositions()
    {
        var follow = DiscoveryFixtures.All.Single(a => a.Id == "d4").Body;

        Assert.True(NearDuplicateSignature.Similarity(NearDuplicateSignature.Of(DiscoveryFixtures.BridgeOriginal), NearDuplicateSignature.Of(follow)) < 0.1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Gubernur meresmikan pasar rakyat baru di pusat kota dan meminta pedagang menjaga kebersihan.")]
    public void BodiesTooShortToCallCopiesGetNoSignature(string? body)
    {
        Assert.Null(NearDuplicateSignature.Of(body));
    }

    [Fact]
    public void ASignatureHasOneMinimumPerPositionOfEveryBand()
    {
        var signature = NearDuplicateSignature.Of(DiscoveryFixtures.BridgeOriginal)!;

        Assert.Equal(NearDuplicateSignature.Bands * NearDuplicateSignature.RowsPerBand * sizeof(uint), signature.Length);
        Assert.Equal(0, NearDuplicateSignature.Similarity(signature, signature.AsSpan(4).ToArray()));
    }

    [Fact]
    public void SignaturesKeepTheValuesIndexesHoldWhicheverWayTheProcessorWorksThemOut()
    {
        // Indexes store signatures and compare new ones with them, so the values may not change with the code path
        // (eight positions at a time where the processor can, one at a time elsewhere).
        var signature = NearDuplicateSignature.Of(DiscoveryFixtures.BridgeOriginal)!;

        Assert.Equal("2B1C51710D0CAF21", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(signature))[..16]);
    }

    private static double Jaccard(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        return x.Intersect(y).Count() / (double)x.Union(y).Count();
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{Nd}]+").Select(m => m.Value).ToList();
        return Enumerable.Range(0, words.Count - 3).Select(i => string.Join(' ', words.Skip(i).Take(4))).ToHashSet();
    }
}
