using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>The outcome of one record of a live ingestion request, with where it came from.</summary>
public sealed record IngestOutcome(string File, int Line, string? Id, IngestStatus Status, RejectionReason? Reason, string? Message)
{
    public static IngestOutcome Of(IngestedRecord record, IngestStatus status) =>
        new(record.File, record.Line, record.Article?.Id, status, record.Reason, record.Message);
}
