namespace Search.Api.Contracts;

/// <summary>The body of <c>POST /api/admin/articles</c>: counts, then every record's outcome in order.</summary>
public sealed record IngestResponse(int Created, int Updated, int Rejected, IReadOnlyList<IngestRecordResponse> Records);
