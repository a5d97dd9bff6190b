using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// The spelling model's log odds of a name read its words' pieces without making them strings: each piece must
/// count as the feature string <see cref="NameSpellingModel.FeaturesOf(IEnumerable{string})"/> lists for it.
/// </summary>
public sealed class NameSpellingOddsTests
{
    [Fact]
    public void LogOddsOfANameAreTheSumOfTheTermsOfItsListedFeatures()
    {
        var model = new NameSpellingModel();
        string[][] persons = [["Sergei", "Lavrov"], ["Dmitry", "Peskov"], ["Sri", "Mulyani"], ["Lavrov"]];
        string[][] others = [["Gedung", "Sate"], ["Kota", "Bandung"], ["Universitas", "Indonesia"], ["Jakarta"]];
        for (var i = 0; i < 60; i++)
        {
            model.Add(true, persons[i % persons.Length]);
            model.Add(false, others[i % others.Length]);
        }

        string[] name = ["Sergei", "Bandung", "Éric"];

        var odds = model.LogOdds(name);

        var entries = model.Entries().ToDictionary(e => e.Feature, e => (e.Person, e.Other), StringComparer.Ordinal);
        var (personFeatures, otherFeatures) = (entries.Values.Sum(v => (long)v.Person), entries.Values.Sum(v => (long)v.Other));
        var vocabulary = entries.Count + 1.0;
        double Term(string feature)
        {
            var (p, o) = entries.GetValueOrDefault(feature);
            return Math.Log((p + 0.5) / (personFeatures + (0.5 * vocabulary))) - Math.Log((o + 0.5) / (otherFeatures + (0.5 * vocabulary)));
        }

        var expected = Math.Log((double)model.Persons / model.Others);
        foreach (var word in name)
        {
            var sum = 0.0;
            foreach (var feature in NameSpellingModel.FeaturesOf([word]).SkipLast(1))
            {
                sum += Term(feature);
            }

            expected += sum;
        }

        expected += Term("n:3");
        Assert.Equal(expected, odds);
        Assert.True(model.LogOdds(["Lavrov"]) > 0 && model.LogOdds(["Bandung"]) < 0, "the model should have learned which is which");
    }
}
