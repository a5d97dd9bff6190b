using Search.Core.Metadata;

namespace Search.Core.Tests.Metadata;

/// <summary>
/// Which names found with a person's cue can be persons, given how an archive writes their words:
/// a phrase or an office after a cue ("Direktur Eksekutif Wahana Lingkungan Hidup") is no person.
/// </summary>
public sealed class LearnedNameCheckTests
{
    private static readonly WordCaseStatistics Statistics = Written(("lingkungan", 40, 3), ("hidup", 90, 2), ("bakar", 30, 1), ("wahana", 2, 5));

    [Theory]
    [InlineData("Wahana Lingkungan Hidup", false)]
    [InlineData("Kasatlantas Polres", false)]
    [InlineData("Direktur Eksekutif Walhi", false)]
    [InlineData("Siti Nurbaya Bakar", true)]
    [InlineData("Yasonna H. Laoly", true)]
    [InlineData("Ratu Tisha", true)]
    public void APhraseWordOrAnOfficeWordMakesANameNoPersonButACommonSurnameAfterAGivenNameDoesNot(string name, bool expected)
    {
        var tokens = TextTokenizer.Tokenize(name);

        Assert.Equal(expected, LearnedNameCheck.CanBePerson(tokens, 0, tokens.Count, MetadataLexicon.Default, Statistics));
    }

    private static WordCaseStatistics Written(params (string Word, int Lower, int Capitalised)[] words)
    {
        var statistics = new WordCaseStatistics();
        foreach (var (word, lower, capitalised) in words)
        {
            statistics.Add(word, new WordCounts(lower, capitalised, 0));
        }

        return statistics;
    }
}
