namespace Search.Core.Ingestion;

/// <summary>
/// A stand-in headline for an article that has none: its lead sentence, cut at a word boundary.
/// </summary>
public static class LeadHeadline
{
    public const int MaxLength = 100;

    public static string? From(string body)
    {
        var firstLine = body.AsSpan().Trim();
        var lineEnd = firstLine.IndexOf('\n');
        if (lineEnd >= 0)
        {
            firstLine = firstLine[..lineEnd].TrimEnd();
        }
        var sentenceEnd = firstLine.IndexOf(". ");
        var lead = sentenceEnd > 0 ? firstLine[..sentenceEnd] : firstLine.TrimEnd('.');
        if (lead.IsEmpty)
        {
            return null;
        }
        if (lead.Length <= MaxLength)
        {
            return lead.ToString();
        }
        var cut = lead[..MaxLength].LastIndexOf(' ');
        return string.Concat(lead[..(cut > 0 ? cut : MaxLength)].TrimEnd(", "), "…");
    }
}
