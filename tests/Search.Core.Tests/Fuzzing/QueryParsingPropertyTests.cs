using CsCheck;
using Lucene.Net.Search;
using Search.Core.Searching;
using Search.Core.Tests.Searching;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// Whatever a person types, the tokenizer answers with clauses and never fails; within the API's limits
/// (at most 1,000 characters and 64 clauses, which the API enforces before building a query) the builder
/// answers with a query that searches. Iterations: <see cref="Iterations"/> generated inputs per property.
/// </summary>
public sealed class QueryParsingPropertyTests : IDisposable
{
    public const int Iterations = 3_000;

    /// <summary>Queries the API lets through: its length and clause limits (SearchQueryValidator).</summary>
    private static readonly CsCheck.Gen<string> AdmittedQuery =
        AdversarialText.Query.Where(q => q.Length <= 1_000 && UserQueryTokenizer.Tokenize(q).Count <= 64);

    private readonly TemporaryIndex index = new(Fixtures.Newsroom());

    [Fact]
    public void TokenizerNeverThrowsAndEveryClauseHasALetterOrDigit()
    {
        AdversarialText.Query.Sample(text =>
        {
            var clauses = UserQueryTokenizer.Tokenize(text);
            Assert.All(clauses, c => Assert.Contains(c.Text, char.IsLetterOrDigit));
            Assert.All(clauses, c => Assert.True(c.Field is null || UserQueryTokenizer.Fields.Contains(c.Field)));
        }, iter: Iterations);
    }

    [Fact]
    public void BuilderAlwaysReturnsAQueryThatSearches()
    {
        var builder = new UserQueryBuilder(index.Analyzer);
        AdmittedQuery.Sample(text =>
        {
            var query = builder.Build(text);
            Assert.NotNull(query);
            index.Index.Use(searcher => searcher.Search(query, 5));
        }, iter: Iterations);
    }

    [Fact]
    public void SearchesWithAnyQueryAndSortAnswerWithinTheRequestedPage()
    {
        Gen.Select(AdmittedQuery, Gen.Enum<SearchSort>(), Gen.Int[1, 3], Gen.Int[1, 100]).Sample((text, sort, page, size) =>
        {
            var result = index.Searcher.Search(new SearchRequest { Query = text, Sort = sort, Page = page, Size = size });
            Assert.InRange(result.Hits.Count, 0, size);
            Assert.InRange(result.Total, 0, Fixtures.Newsroom().Count);
        }, iter: Iterations / 6);
    }

    [Fact]
    public void LongestAdmittedQueriesOfOneRepeatedPieceTokenizeAndBuild()
    {
        // The API refuses a 'q' over 1,000 characters before tokenizing it (the tokenizer rescans to the next
        // space at every quote, so a megabyte of quotes would take minutes); within the limit it is instant.
        foreach (var piece in new[] { "a", "\"", "-", "title:", "\ud800", " ", "99999999999", "a ", "*~^" })
        {
            var text = string.Concat(Enumerable.Repeat(piece, 1_000 / piece.Length));
            var clauses = UserQueryTokenizer.Tokenize(text);
            if (clauses.Count <= 64)
            {
                Assert.NotNull(new UserQueryBuilder(index.Analyzer).Build(text));
            }
        }
    }

    public void Dispose() => index.Dispose();
}
