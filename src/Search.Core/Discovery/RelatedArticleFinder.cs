using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Discovery;

/// <summary>
/// Related articles for an indexed article or for a draft. Candidates are the best MoreLikeThis matches
/// of title and body plus articles naming the source's persons; each is rescored by
/// <see cref="RelatednessScorer"/> from doc values, the ranking collapses to one article per
/// near-duplicate group, and only the returned page is loaded from stored fields. An article is never
/// related to itself nor to its own copies (those are its duplicates). A draft is tagged as indexing
/// would tag it when an <see cref="ArticleEnricher"/> is given.
/// </summary>
public sealed class RelatedArticleFinder(
    SearchIndex index, Analyzer analyzer, IOptions<RelatedOptions> options, TimeProvider time, ArticleEnricher? enricher = null)
{
    private static readonly HashSet<string> TextFields = [IndexSchema.Title, IndexSchema.Body];

    private readonly RelatedOptions settings = options.Value;
    private readonly RelatedQueryBuilder queries = new(analyzer, options.Value);

    /// <summary>Articles related to the indexed article <paramref name="id"/>, or null when there is no such article.</summary>
    public RelatedResult? ForArticle(string id, RelatedRequest request)
    {
        var clock = Stopwatch.StartNew();
        return index.Use(searcher =>
        {
            var found = searcher.Search(new TermQuery(ArticleDocumentMapper.IdTerm(id)), 1);
            if (found.TotalHits == 0)
            {
                return null;
            }
            var doc = found.ScoreDocs[0].Doc;
            var stored = searcher.Doc(doc, TextFields);
            var signals = new ArticleSignals(searcher.IndexReader);
            var source = new RelatedSource(
                stored.Get(IndexSchema.Title) ?? "",
                stored.Get(IndexSchema.Body) ?? "",
                signals.Entities(doc),
                signals.Topic(doc),
                signals.Published(doc),
                DuplicateGroups.Of(searcher.IndexReader).MembersOf(doc).ToHashSet());
            var articles = Rank(searcher, source, request, signals, out _);
            return new RelatedResult(articles, clock.Elapsed);
        });
    }

    /// <summary>
    /// Articles related to a draft, and the persons, organisations and topic it would be tagged with: given
    /// ones first, then what the enricher extracts (without one: the persons the index knows that the text
    /// names); the topic is the given one, else the enricher's, else the one most of its closest articles share.
    /// </summary>
    public DraftRelatedResult ForDraft(RelatedDraft draft, RelatedRequest request)
    {
        var clock = Stopwatch.StartNew();
        var published = draft.Published ?? time.GetUtcNow();
        var tagged = Tag(draft, published);
        return index.Use(searcher =>
        {
            // Without an enricher, the persons the index knows that the text names; the enricher's gazetteer knows them already.
            var named = enricher is null ? PersonVocabulary.Of(searcher.IndexReader).FindIn(draft.Title + "\n" + draft.Body) : [];
            var persons = tagged.Persons.Concat(named).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var signals = new ArticleSignals(searcher.IndexReader);
            var entities = persons.Concat(tagged.Orgs).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var source = new RelatedSource(draft.Title, draft.Body, entities, tagged.Topic, published, new HashSet<int>());
            var articles = Rank(searcher, source, request, signals, out var topic);
            return new DraftRelatedResult(persons, tagged.Orgs, topic, articles, clock.Elapsed);
        });
    }

    private Article Tag(RelatedDraft draft, DateTimeOffset published)
    {
        var article = new Article
        {
            Id = "draft",
            Source = "draft",
            Title = draft.Title,
            Body = draft.Body,
            Published = published,
            Persons = draft.Persons.Select(p => p.Trim()).Where(p => p.Length > 0).ToList(),
            Topic = draft.Topic,
        };
        return enricher?.Enrich(article) ?? article;
    }

    private List<RelatedArticle> Rank(IndexSearcher searcher, RelatedSource source, RelatedRequest request, ArticleSignals signals, out string? topic)
    {
        var filters = RelatedQueryBuilder.Filters(request);
        var candidates = new Dictionary<int, double>();
        var textQuery = queries.Text(searcher.IndexReader, source.Title, source.Body, request);
        var textHits = textQuery is null ? [] : Top(searcher, SearchFilters.Combine(textQuery, filters), settings.CandidatePool + source.Excluded.Count);
        foreach (var hit in textHits.Where(h => !source.Excluded.Contains(h.Doc)))
        {
            candidates[hit.Doc] = hit.Score;
        }
        topic = source.Topic ?? VoteTopic(candidates, signals);
        if (RelatedQueryBuilder.Entities(source.Entities) is { } entityQuery)
        {
            foreach (var hit in Top(searcher, SearchFilters.Combine(entityQuery, filters), settings.CandidatePool / 2 + source.Excluded.Count))
            {
                if (!source.Excluded.Contains(hit.Doc))
                {
                    candidates.TryAdd(hit.Doc, 0);
                }
            }
        }
        var scorer = new RelatednessScorer(settings, source with { Topic = topic }, signals, candidates.Values.DefaultIfEmpty(0).Max());
        var ranked = candidates
            .Select(c => (Doc: c.Key, Fused: scorer.Score(c.Key, c.Value)))
            .OrderByDescending(c => c.Fused.Score)
            .ThenByDescending(c => signals.Published(c.Doc))
            .ThenBy(c => c.Doc)
            .ToList();
        var shared = ranked.ToDictionary(c => c.Doc, c => c.Fused.Shared);
        var groups = DuplicateGroups.Of(searcher.IndexReader);
        return DuplicateCollapser
            .Collapse(ranked.Select(c => new ScoreDoc(c.Doc, (float)c.Fused.Score)), groups, request.Size)
            .Select(kept => new RelatedArticle(
                ArticleReferenceLoader.Load(searcher, kept.Hit.Doc),
                Math.Round(kept.Hit.Score, 4),
                kept.Duplicates,
                shared[kept.Hit.Doc]))
            .ToList();
    }

    /// <summary>The topic most of the best text matches share, weighted by their text score.</summary>
    private string? VoteTopic(Dictionary<int, double> textScores, ArticleSignals signals) => textScores
        .OrderByDescending(c => c.Value)
        .Take(settings.TopicVoters)
        .Select(c => (Topic: signals.Topic(c.Key), Weight: c.Value))
        .Where(v => v.Topic is not null)
        .GroupBy(v => v.Topic!, StringComparer.Ordinal)
        .OrderByDescending(g => g.Sum(v => v.Weight))
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();

    private static ScoreDoc[] Top(IndexSearcher searcher, Query query, int count)
    {
        var collector = new BoundedTopScoreCollector(Math.Max(1, count), null, searcher);
        searcher.Search(query, collector);
        return collector.GetTopDocs().ScoreDocs;
    }
}
