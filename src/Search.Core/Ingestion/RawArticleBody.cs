using System.Globalization;

namespace Search.Core.Ingestion;

/// <summary>
/// The body of a raw page capture once header and footer are gone: one paragraph per line,
/// "Baca juga" links and the editor code taken out, the dateline split off the first paragraph.
/// </summary>
internal sealed record RawArticleBody(string Text, string? Dateline, IReadOnlyList<string> RelatedTitles, string? EditorCode)
{
    public static RawArticleBody Build(SiteProfile profile, IEnumerable<RawLine> lines)
    {
        var paragraphs = new List<string>();
        var related = new List<string>();
        string? editorCode = null;

        foreach (var line in lines)
        {
            if (profile.RelatedTitle(line.Text) is { } title)
            {
                related.Add(title);
            }
            else if (profile.EditorCode(line.Text) is { } code)
            {
                editorCode = code;
            }
            else
            {
                paragraphs.Add(line.Text);
            }
        }

        string? dateline = null;
        if (paragraphs.Count > 0 && profile.Dateline(paragraphs[0]) is { } found)
        {
            dateline = NormaliseCity(found.City);
            if (found.Remainder.Length == 0)
            {
                paragraphs.RemoveAt(0);
            }
            else
            {
                paragraphs[0] = found.Remainder;
            }
        }

        return new RawArticleBody(string.Join("\n\n", paragraphs), dateline, related, editorCode);
    }

    /// <summary>"JAKARTA" becomes "Jakarta"; mixed-case names are kept as printed.</summary>
    private static string NormaliseCity(string city) =>
        city.Any(char.IsLower)
            ? city
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(city.ToLowerInvariant());
}
