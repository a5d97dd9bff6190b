using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>The learning pass's place and organisation names go into the spelling model a bounded number at a time.</summary>
public sealed class OtherNameTallyTests
{
    private static readonly List<string>[] Names =
    [
        NameSpellingModel.FeaturesOf(["Kabupaten", "Bogor"]),
        NameSpellingModel.FeaturesOf(["Bank", "Indonesia"]),
        NameSpellingModel.FeaturesOf(["Kota", "Bogor"]),
        NameSpellingModel.FeaturesOf(["Universitas", "Indonesia"]),
    ];

    [Fact]
    public void AtMostTheGivenNumberOfFeatureListsIsHeld()
    {
        var tally = new OtherNameTally(new NameSpellingModel(), held: 3);
        var most = 0;
        foreach (var index in new[] { 0, 1, 0, 2, 3, 1, 2, 0, 3, 3 })
        {
            tally.Add(Names[index]);
            most = Math.Max(most, tally.Count);
        }

        Assert.Equal(2, most);
        Assert.Equal(2, tally.Count);
    }

    [Fact]
    public void TheModelLearnsTheSameCountsInTheSameOrderHoweverFewListsAreHeld()
    {
        var order = new[] { 0, 1, 0, 2, 3, 1, 2, 0, 3, 3, 1, 2 };
        var oneByOne = new NameSpellingModel();
        foreach (var index in order)
        {
            oneByOne.AddFeatures(false, Names[index]);
        }

        foreach (var held in new[] { 1, 2, 3, 100 })
        {
            var model = new NameSpellingModel();
            var tally = new OtherNameTally(model, held);
            foreach (var index in order)
            {
                tally.Add(Names[index]);
            }

            tally.Flush();
            Assert.Equal(oneByOne.Entries(), model.Entries());
            Assert.Equal(oneByOne.Others, model.Others);
        }
    }
}
