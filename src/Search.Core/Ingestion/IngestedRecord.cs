using Search.Core.Articles;

namespace Search.Core.Ingestion;

/// <summary>
/// The outcome of reading one record: an article, or a rejection, always with where it came from.
/// </summary>
public sealed record IngestedRecord(string File, int Line, Article? Article, RejectionReason? Reason, string? Message)
{
    public static IngestedRecord Accepted(string file, int line, Article article) => new(file, line, article, null, null);

    public static IngestedRecord Rejected(string file, int line, RejectionReason reason, string message) =>
        new(file, line, null, reason, message);

    public bool IsRejected => Article is null;

    public override string ToString() =>
        IsRejected ? $"{File}:{Line}: rejected ({Reason}): {Message}" : $"{File}:{Line}: {Article!.Id}";
}
