namespace Search.Core.Tests.Metadata;

/// <summary>The title, caption and body of the seed capture, as the page prints them.</summary>
internal static class Seed
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(MetadataSharedData.PathTo("seed/medcom-2021-12-03-lavrov.txt")));

    private static int BylineIndex => Array.FindIndex(Lines.Value, l => l.TrimEnd().EndsWith(" WIB", StringComparison.Ordinal));

    /// <summary>The first line after the tracker word.</summary>
    public static string Title => Lines.Value.Skip(1).First(l => l.Trim().Length > 0).Trim();

    /// <summary>The line after the repeated title under the byline.</summary>
    public static string Caption => Lines.Value[BylineIndex + 2].Trim();

    /// <summary>From the dateline to the line before the editor code "(FJR)".</summary>
    public static string Body
    {
        get
        {
            var start = BylineIndex + 3;
            var end = Array.FindIndex(Lines.Value, start, l => l.Trim().StartsWith('(') && l.Trim().EndsWith(')'));
            return string.Join('\n', Lines.Value[start..end]).Trim();
        }
    }
}
