using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Scoring clauses added to a query without changing what it matches: the plain words near each
/// other in the title and in the body (so a headline or a phrase ranks above words scattered through
/// a long text), and runs of the words that name a known person (the indexed person names) for that
/// person's articles.
/// </summary>
public sealed class RankingSignals(Analyzer analyzer, RankingWeights weights)
{
    private readonly QueryBuilder _builder = new(analyzer);

    /// <summary>The query, with the signals of its plain words as optional clauses when it has any.</summary>
    public Query Add(Query query, IReadOnlyList<QueryClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(clauses);
        var words = PlainWords(clauses);
        if (words.Count == 0 || query is not BooleanQuery)
        {
            return query;
        }

        var signals = new List<Query>();
        if (words.Count > 1)
        {
            var text = string.Join(' ', words);
            AddPhrase(signals, IndexSchema.Title, text, weights.TitleSlop, weights.TitleProximity);
            AddPhrase(signals, IndexSchema.TitleExact, text, weights.TitleSlop, weights.TitleExactProximity);
            AddPhrase(signals, IndexSchema.Body, text, weights.BodySlop, weights.BodyProximity);
        }

        for (var i = 0; i < words.Count; i++)
        {
            AddPhrase(signals, IndexSchema.PersonText, words[i], 0, weights.Person);
            if (i + 1 < words.Count)
            {
                AddPhrase(signals, IndexSchema.PersonText, words[i] + " " + words[i + 1], 0, 2 * weights.Person);
            }
        }

        if (signals.Count == 0)
        {
            return query;
        }

        var boosted = new BooleanQuery { { query, Occur.MUST } };
        foreach (var signal in signals)
        {
            boosted.Add(signal, Occur.SHOULD);
        }

        return boosted;
    }

    /// <summary>
    /// Words a person typed as plain words, in order; none when the query joins words with OR. A word with
    /// synonyms stays in its place as the form it is read as (as typed for an equivalence), so the words
    /// around it are not taken for neighbours and a headline holding it counts as holding every word.
    /// </summary>
    private static List<string> PlainWords(IReadOnlyList<QueryClause> clauses) =>
        clauses.Any(c => c.OrWithPrevious)
            ? []
            : clauses.Where(c => !c.Excluded && !c.IsPhrase && c.Field is null)
                .Select(c => c.Alternatives is { Count: > 0 } forms ? forms[0] : c.Text)
                .ToList();

    private void AddPhrase(List<Query> signals, string field, string text, int slop, float boost)
    {
        var query = _builder.CreatePhraseQuery(field, text, slop);
        if (boost > 0 && query is PhraseQuery or TermQuery or MultiPhraseQuery)
        {
            query.Boost = boost;
            signals.Add(query);
        }
    }
}
