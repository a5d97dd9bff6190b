using Search.Core.Articles;

namespace Search.Core.Ingestion;

/// <summary>
/// The outcome of reading one record: an article, or a rejection, always with where it came from.
/// <see cref="Line"/> is 1-based: the JSON line, or for a .txt capture the line of its title (or of
/// the problem); <see cref="WholeFile"/> when the file as a whole was rejected.
/// </summary>
public sealed record IngestedRecord(string File, int Line, Article? Article, RejectionReason? Reason, string? Message)
{
    /// <summary>The line number of rejections that concern a whole file (empty, binary, unreadable…).</summary>
    public const int WholeFile = 0;

    public static IngestedRecord Accepted(string file, int line, Article article) => new(file, line, article, null, null);

    public static IngestedRecord Rejected(string file, int line, RejectionReason reason, string message) =>
        new(file, line, null, reason, message);

    public bool IsRejected => Article is null;

    public override string ToString() =>
        IsRejected ? $"{File}:{Line}: rejected ({Reason}): {Message}" : $"{File}:{Line}: {Article!.Id}";
}
