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
public sealed class UserQueryBuilder(Analyzer analyzer, SynonymTable? synonyms = null)
{
    private readonly QueryBuilder builder = new(analyzer);
    private readonly SynonymExpander expander = new(synonyms ?? SynonymTable.Empty);
    private readonly RankingSignals signals = new(analyzer);

    public Query Build(string? text)
    {
        var clauses = expander.Expand(UserQueryTokenizer.Tokenize(text));
        var root = new BooleanQuery();
        BooleanQuery? orGroup = null;
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
            if (clause.OrWithPrevious && previous is not null)
            {
                if (orGroup is null)
                {
                    RemoveLast(root, previous);
                    orGroup = new BooleanQuery { { previous, Occur.SHOULD } };
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
        if (root.Clauses.Count == 0)
        {
            return new MatchAllDocsQuery();
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
        var any = new BooleanQuery();
        foreach (var (field, boost) in IndexSchema.FullTextFields.Where(f => fields.Contains(f.Field)))
        {
            var query = builder.CreatePhraseQuery(field, clause.Text);
            if (query is null)
            {
                continue;
            }
            query.Boost = boost;
            any.Add(query, Occur.SHOULD);
        }
        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>Any of the forms, each sought like a word (or a phrase when it has several words).</summary>
    private BooleanQuery? AnyOf(IReadOnlyList<string> forms)
    {
        var any = new BooleanQuery();
        foreach (var form in forms)
        {
            var clause = new QueryClause(form, form.Contains(' ', StringComparison.Ordinal), null, false, false);
            if (AcrossFields(clause, IndexSchema.FullTextFields.Select(f => f.Field).ToArray()) is { } query)
            {
                any.Add(query, Occur.SHOULD);
            }
        }
        return any.Clauses.Count == 0 ? null : any;
    }

    private static void RemoveLast(BooleanQuery root, Query query)
    {
        var last = root.Clauses[^1];
        if (ReferenceEquals(last.Query, query))
        {
            root.Clauses.RemoveAt(root.Clauses.Count - 1);
        }
    }
}
