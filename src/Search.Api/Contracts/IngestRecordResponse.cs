namespace Search.Api.Contracts;

/// <summary>
/// One record of <c>POST /api/admin/articles</c>: where it was in the body (line of NDJSON, element of a
/// JSON array from 1, 0 for the body as a whole), its id when it had one, and created, updated or rejected
/// with the reason and what was wrong.
/// </summary>
public sealed record IngestRecordResponse(string Source, int Line, string? Id, string Status, string? Reason, string? Message);
