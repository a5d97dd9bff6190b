namespace Search.Api.Contracts;

/// <summary>The body of <c>POST /api/analyze</c>: a draft or any text to tag.</summary>
public sealed record AnalyzeRequest(string? Title, string? Body);
