using Search.Core.Discovery;

namespace Search.Api.Contracts;

/// <summary>Maps Core discovery results (related, duplicates, timeline, trending) to the HTTP contract.</summary>
public static class DiscoveryContractMapper
{
    public static ArticleReferenceResponse ToResponse(this ArticleReference a) =>
        new(a.Id, a.Title, a.Url, a.Source, a.Published, a.Topic, a.Persons);

    public static RelatedResponse ToResponse(this RelatedResult result, string id, RelatedRequest request) =>
        new(id, request.Size, (long)result.Took.TotalMilliseconds, result.Articles.Select(ToResponse).ToList());

    public static DraftRelatedResponse ToResponse(this DraftRelatedResult result, RelatedRequest request) =>
        new(result.Persons, result.Orgs, result.Topic, request.Size, (long)result.Took.TotalMilliseconds, result.Articles.Select(ToResponse).ToList());

    public static RelatedHitResponse ToResponse(this RelatedArticle related)
    {
        var a = related.Article;
        return new RelatedHitResponse(
            a.Id, a.Title, a.Url, a.Source, a.Published, a.Topic, a.Persons, related.Score, related.Duplicates, related.SharedEntities);
    }

    public static TimelineResponse ToResponse(this TimelineResult result, TimelineRequest request) => new(
        request.Query,
        result.Interval.ToString().ToLowerInvariant(),
        result.Total,
        (long)result.Took.TotalMilliseconds,
        result.Buckets.Select(b => new TimelineBucketResponse(b.Key, b.Start, b.Count, b.Top?.ToResponse())).ToList());

    public static TrendingResponse ToResponse(this TrendingResult result) => new(
        result.Dimension,
        result.From,
        result.To,
        result.BaselineFrom,
        result.BaselineTo,
        result.Total,
        result.BaselineTotal,
        (long)result.Took.TotalMilliseconds,
        result.Values.Select(v => new TrendingValueResponse(v.Value, v.Count, v.BaselineCount, v.Score)).ToList());
}
