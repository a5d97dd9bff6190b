namespace Search.Core.Ingestion;

/// <summary>
/// The boilerplate rules of one news site's raw page captures, loaded from <c>SiteProfiles.json</c>.
/// Any rule a site leaves out (null) is taken from the default profile.
/// </summary>
public sealed record SiteProfile
{
    public required string Name { get; init; }

    /// <summary>Article.Source for this site's pages; when null, read from <see cref="SourceLine"/>.</summary>
    public string? Source { get; init; }

    /// <summary>File names starting with one of these (case-insensitive) belong to this site, e.g. "medcom-".</summary>
    public IReadOnlyList<string>? FileNamePrefixes { get; init; }

    /// <summary>A page containing a line matching one of these belongs to this site, e.g. "Powered by Medcom.id".</summary>
    public IReadOnlyList<LinePattern>? RecognitionLines { get; init; }

    /// <summary>Analytics leftovers removed wherever they appear, e.g. "comscore".</summary>
    public IReadOnlyList<LinePattern>? TrackerLines { get; init; }

    /// <summary>The first line matching one of these, and everything after it, is site footer.</summary>
    public IReadOnlyList<LinePattern>? FooterMarkers { get; init; }

    /// <summary>The line after the (repeated) title is the photo caption when it matches one of these.</summary>
    public IReadOnlyList<LinePattern>? CaptionPatterns { get; init; }

    /// <summary>Dateline at the start of the first paragraph: regexes with a (?&lt;city&gt;…) group, e.g. "Stockholm: ".</summary>
    public IReadOnlyList<LinePattern>? DatelinePatterns { get; init; }

    /// <summary>A "Baca juga: …" link line: regex with a (?&lt;title&gt;…) group.</summary>
    public LinePattern? RelatedLine { get; init; }

    /// <summary>A lone editor code line such as "(FJR)": regex with a (?&lt;code&gt;…) group.</summary>
    public LinePattern? EditorCodeLine { get; init; }

    /// <summary>A line naming the publisher, such as "Powered by X": regex with a (?&lt;source&gt;…) group.</summary>
    public LinePattern? SourceLine { get; init; }

    /// <summary>This profile with every rule it leaves out taken from <paramref name="fallback"/>.</summary>
    internal SiteProfile InheritFrom(SiteProfile fallback) => this with
    {
        Source = Source ?? fallback.Source,
        FileNamePrefixes = FileNamePrefixes ?? [],
        RecognitionLines = RecognitionLines ?? [],
        TrackerLines = TrackerLines ?? fallback.TrackerLines ?? [],
        FooterMarkers = FooterMarkers ?? fallback.FooterMarkers ?? [],
        CaptionPatterns = CaptionPatterns ?? fallback.CaptionPatterns ?? [],
        DatelinePatterns = DatelinePatterns ?? fallback.DatelinePatterns ?? [],
        RelatedLine = RelatedLine ?? fallback.RelatedLine,
        EditorCodeLine = EditorCodeLine ?? fallback.EditorCodeLine,
        SourceLine = SourceLine ?? fallback.SourceLine,
    };

    internal void Validate(string origin)
    {
        var where = $"{origin}: site profile '{Name}'";
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new InvalidDataException($"{origin}: every site profile needs a \"name\".");
        }

        foreach (var (rules, label) in new[]
                 {
                     (RecognitionLines, "recognitionLines"), (TrackerLines, "trackerLines"),
                     (FooterMarkers, "footerMarkers"), (CaptionPatterns, "captionPatterns"),
                 })
        {
            foreach (var rule in rules ?? [])
            {
                rule.Validate($"{where} {label}");
            }
        }

        foreach (var rule in DatelinePatterns ?? [])
        {
            rule.Validate($"{where} datelinePatterns", "city");
        }

        RelatedLine?.Validate($"{where} relatedLine", "title");
        EditorCodeLine?.Validate($"{where} editorCodeLine", "code");
        SourceLine?.Validate($"{where} sourceLine", "source");
    }

    internal bool IsRecognisedByFileName(string fileName) =>
        FileNamePrefixes?.Any(prefix => fileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) == true;

    internal bool IsRecognisedByLine(string line) => AnyMatch(RecognitionLines, line);

    internal bool IsTracker(string line) => AnyMatch(TrackerLines, line);

    internal bool IsFooter(string line) => AnyMatch(FooterMarkers, line);

    internal bool IsCaption(string line) => AnyMatch(CaptionPatterns, line);

    internal string? RelatedTitle(string line) => Capture(RelatedLine, line, "title");

    internal string? EditorCode(string line) => Capture(EditorCodeLine, line, "code");

    internal string? SourceName(string line) => Capture(SourceLine, line, "source");

    /// <summary>The dateline city and the paragraph without its dateline prefix, or null.</summary>
    internal (string City, string Remainder)? Dateline(string paragraph)
    {
        foreach (var rule in DatelinePatterns ?? [])
        {
            var match = rule.Match(paragraph);
            if (match.Success)
            {
                return (match.Groups["city"].Value.Trim(), paragraph[(match.Index + match.Length)..].Trim());
            }
        }

        return null;
    }

    private static bool AnyMatch(IReadOnlyList<LinePattern>? rules, string line) =>
        rules is not null && rules.Any(rule => rule.IsMatch(line));

    private static string? Capture(LinePattern? rule, string line, string group)
    {
        var match = rule?.Match(line);
        if (match is null || !match.Success)
        {
            return null;
        }

        var value = match.Groups[group].Value.Trim();
        return value.Length == 0 ? null : value;
    }
}
