using Search.Core.Indexing;

namespace Search.Api.Contracts;

/// <summary>Maps live-ingestion outcomes to the HTTP contract.</summary>
public static class IngestMapper
{
    public static IngestResponse ToResponse(this IReadOnlyList<IngestOutcome> outcomes) => new(
        outcomes.Count(o => o.Status == IngestStatus.Created),
        outcomes.Count(o => o.Status == IngestStatus.Updated),
        outcomes.Count(o => o.Status == IngestStatus.Rejected),
        outcomes.Select(o => new IngestRecordResponse(
            o.File, o.Line, o.Id, o.Status.ToString().ToLowerInvariant(), o.Reason?.ToString(), o.Message)).ToList());
}
