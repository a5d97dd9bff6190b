using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>The spelling model's odds of a one-word name, which the tagger reads for every capitalised word.</summary>
public sealed class NameSpellingWordOddsTests
{
    [Fact]
    public void OddsOfAWordAloneAreTheOddsOfTheOneWordName()
    {
        var model = new NameSpellingModel();
        for (var i = 0; i < 60; i++)
        {
            model.Add(true, ["Sutrisno", "Wibowo" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            model.Add(false, ["Kabupaten", "Bantul" + (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        foreach (var word in new[] { "Sutrisno", "Kabupaten", "Wibowo", "Bantul", "Zzyzx" })
        {
            Assert.Equal(model.LogOdds([word]), model.LogOddsOfWord(word));
        }

        Assert.True(model.LogOddsOfWord("Sutrisno") > 0);
        Assert.True(model.LogOddsOfWord("Kabupaten") < 0);
    }

    [Fact]
    public void UntrainedModelGivesEvenOddsToEveryWord()
    {
        var model = new NameSpellingModel();
        model.Add(true, ["Sutrisno"]);

        Assert.Equal(0, model.LogOddsOfWord("Sutrisno"));
    }
}
