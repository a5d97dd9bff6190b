using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class UserQueryTokenizerTests
{
    [Fact]
    public void WordsPhrasesExclusionsAndFieldsAreRecognised()
    {
        var clauses = UserQueryTokenizer.Tokenize("jembatan \"sungai lamo\" -banjir person:\"Rina Halim\" topic:daerah");

        Assert.Equal(
        [
            new QueryClause("jembatan", false, null, false, false),
            new QueryClause("sungai lamo", true, null, false, false),
            new QueryClause("banjir", false, null, true, false),
            new QueryClause("Rina Halim", true, "person", false, false),
            new QueryClause("daerah", false, "topic", false, false),
        ], clauses);
    }

    [Fact]
    public void OrJoinsTheNextClauseToThePreviousOne()
    {
        var clauses = UserQueryTokenizer.Tokenize("timnas OR pelatih skuad");

        Assert.Equal([false, true, false], clauses.Select(c => c.OrWithPrevious));
        Assert.Equal(["timnas", "pelatih", "skuad"], clauses.Select(c => c.Text));
    }

    [Theory]
    [InlineData("\"jembatan baru", new[] { "jembatan", "baru" })]
    [InlineData("jembatan \"", new[] { "jembatan" })]
    [InlineData("- OR jembatan OR", new[] { "jembatan" })]
    [InlineData("-- ++ :: \"\"", new string[0])]
    [InlineData("unknown:field", new[] { "unknown:field" })]
    [InlineData("title:", new[] { "title:" })]
    public void StrayOperatorsAndUnbalancedQuotesAreReadAsPlainWords(string input, string[] expected)
    {
        var clauses = UserQueryTokenizer.Tokenize(input);

        Assert.Equal(expected, clauses.Select(c => c.Text));
        Assert.All(clauses, c => Assert.False(c.IsPhrase));
    }

    [Fact]
    public void EmptyInputHasNoClauses()
    {
        Assert.Empty(UserQueryTokenizer.Tokenize(null));
        Assert.Empty(UserQueryTokenizer.Tokenize("   \t\n"));
    }
}
