using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Turns tokenized clauses into a Lucene query with the index's own analyzer: every word is sought in
/// the stemmed and the exact fields, exact matches weighted higher; OR-joined clauses form one group.
/// Abbreviations and synonyms are read with a <see cref="SynonymTable"/>; <see cref="RankingSignals"/>
/// add proximity and person-name scoring without changing what matches.
/// </summary>
public sealed class UserQueryBuilder(Analyzer analyzer, SynonymTable? synonyms = null, RankingWeights? weights = null)
{
    private readonly QueryBuilder builder = new(analyzer);
    private readonly SynonymExpander expander = new(synonyms ?? SynonymTable.Empty);
    private readonly RankingWeights weights = weights ?? RankingWeights.Default;
    private readonly RankingSignals signals = new(analyzer, weights ?? RankingWeights.Default);

    public Query Build(string? text) => Build(text, relaxed: false)!;

    /// <summary>
    /// The query with its plain words no longer all required: at least two in three of them must match
    /// (one of two). For when <see cref="Build(string?)"/> finds nothing, say a word misremembered or
    /// cut short. Null when the query has fewer than two plain words or joins words with OR.
    /// </summary>
    public Query? BuildRelaxed(string? text) => Build(text, relaxed: true);

    private Query? Build(string? text, bool relaxed)
    {
        var clauses = expander.Expand(UserQueryTokenizer.Tokenize(text));
        relaxed &= !clauses.Any(c => c.OrWithPrevious) && clauses.Count(IsPlainWord) >= 2;
        var words = new BooleanQuery();
        var root = new BooleanQuery();
        LazyDisjunctionQuery? orGroup = null;
        Query? previous = null;
        foreach (var clause in clauses)
        {
            var query = ClauseQuery(clause);
            if (query is null)
            {
                continue;
            }
            if (clause.Excluded)
            {
                root.Add(query, Occur.MUST_NOT);
                continue;
            }
            if (relaxed && IsPlainWord(clause))
            {
                words.Add(query, Occur.SHOULD);
                continue;
            }
            if (clause.OrWithPrevious && previous is not null)
            {
                if (orGroup is null)
                {
                    RemoveLast(root, previous);
                    orGroup = new LazyDisjunctionQuery { { previous, Occur.SHOULD } };
                    root.Add(orGroup, Occur.MUST);
                }
                orGroup.Add(query, Occur.SHOULD);
            }
            else
            {
                orGroup = null;
                root.Add(query, Occur.MUST);
            }
            previous = query;
        }
        if (relaxed)
        {
            if (words.Clauses.Count < 2)
            {
                return null;
            }
            words.MinimumNumberShouldMatch = Math.Max(1, words.Clauses.Count * 2 / 3);
            root.Add(words, Occur.MUST);
        }
        if (root.Clauses.Count == 0)
        {
            return relaxed ? null : new MatchAllDocsQuery();
        }
        if (root.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
            return root;
        }
        return signals.Add(root, clauses);
    }

    private Query? ClauseQuery(QueryClause clause) => clause.Alternatives is { } alternatives ? AnyOf(alternatives) : clause.Field switch
    {
        "topic" => new TermQuery(new Term(IndexSchema.Topic, clause.Text.ToLowerInvariant())),
        "source" => new TermQuery(new Term(IndexSchema.SourceKey, clause.Text.ToLowerInvariant())),
        "person" => builder.CreatePhraseQuery(IndexSchema.PersonText, clause.Text),
        "title" => AcrossFields(clause, IndexSchema.TitleExact, IndexSchema.Title),
        "body" => AcrossFields(clause, IndexSchema.BodyExact, IndexSchema.Body),
        _ => AcrossFields(clause, IndexSchema.FullTextFields.Select(f => f.Field).ToArray()),
    };

    private Query? AcrossFields(QueryClause clause, params string[] fields)
    {
        // A word the stemmed chain drops (a stop word) is dropped from the query, unless it is part of a phrase.
        if (!clause.IsPhrase && builder.CreatePhraseQuery(IndexSchema.Body, clause.Text) is null)
        {
            return null;
        }
        var queries = new List<(string Field, Query Query)>();
        foreach (var (field, _) in IndexSchema.FullTextFields.Where(f => fields.Contains(f.Field)))
        {
            var query = builder.CreatePhraseQuery(field, clause.Text);
            if (query is null || weights.BoostOf(field) <= 0)
            {
                continue;
            }
            query.Boost = weights.BoostOf(field);
            queries.Add((field, query));
        }
        if (queries.Count == 0)
        {
            return null;
        }
        if (weights.FieldTieBreaker is { } tie)
        {
            return BestOf(queries.Select(q => q.Query), tie);
        }
        var any = new LazyDisjunctionQuery();
        foreach (var copies in queries.GroupBy(q => IndexSchema.TextOf(q.Field)))
        {
            any.Add(weights.CopyTieBreaker is { } copyTie && copies.Count() > 1 ? BestOf(copies.Select(c => c.Query), copyTie) : Sum(copies.Select(c => c.Query)), Occur.SHOULD);
        }
        return any.Clauses.Count == 1 ? any.Clauses[0].Query : any;
    }

    private static DisjunctionMaxQuery BestOf(IEnumerable<Query> queries, float tieBreaker)
    {
        var best = new LazyDisjunctionMaxQuery(tieBreaker);
        foreach (var query in queries)
        {
            best.Add(query);
        }
        return best;
    }

    private static Query Sum(IEnumerable<Query> queries)
    {
        var all = queries.ToList();
        if (all.Count == 1)
        {
            return all[0];
        }
        var sum = new LazyDisjunctionQuery();
        all.ForEach(q => sum.Add(q, Occur.SHOULD));
        return sum;
    }

    /// <summary>
    /// Any of the forms, each sought like a word (or a phrase when it has several words); an article
    /// scores by the form it matches best (<see cref="RankingWeights.SynonymTieBreaker"/>).
    /// </summary>
    private Query? AnyOf(IReadOnlyList<string> forms)
    {
        var found = new List<Query>();
        foreach (var form in forms)
        {
            var clause = new QueryClause(form, form.Contains(' ', StringComparison.Ordinal), null, false, false);
            if (AcrossFields(clause, IndexSchema.FullTextFields.Select(f => f.Field).ToArray()) is { } query)
            {
                found.Add(query);
            }
        }
        if (found.Count == 0)
        {
            return null;
        }
        return weights.SynonymTieBreaker is { } tie ? BestOf(found, tie) : Sum(found);
    }

    private static bool IsPlainWord(QueryClause clause) => !clause.Excluded && !clause.IsPhrase && clause.Field is null;

    private static void RemoveLast(BooleanQuery root, Query query)
    {
        var last = root.Clauses[^1];
        if (ReferenceEquals(last.Query, query))
        {
            root.Clauses.RemoveAt(root.Clauses.Count - 1);
        }
    }
}
