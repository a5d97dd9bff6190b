namespace Search.Core.Analysis;

/// <summary>Where the Indonesian root lexicon comes from. Bound from the "Analysis" section.</summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";

    /// <summary>Where Debian/Ubuntu's hunspell-id package installs its dictionary.</summary>
    public const string DefaultLexiconPath = "/usr/share/hunspell/id_ID.dic";

    /// <summary>The extra-roots list shipped next to the assembly.</summary>
    public static string DefaultExtraWordsPath { get; } =
        Path.Combine(AppContext.BaseDirectory, "Analysis", "extra-roots.txt");

    /// <summary>The abbreviation and synonym rules shipped next to the assembly.</summary>
    public static string DefaultSynonymsPath { get; } =
        Path.Combine(AppContext.BaseDirectory, "Analysis", "synonyms.txt");

    /// <summary>A hunspell <c>.dic</c> file; without it the stemmed field falls back to Lucene's Tala stemmer.</summary>
    public string LexiconPath { get; set; } = DefaultLexiconPath;

    /// <summary>Roots the dictionary lacks, one a line (<c>#</c> comments); null for none.</summary>
    public string? ExtraWordsPath { get; set; } = DefaultExtraWordsPath;

    /// <summary>Abbreviation and synonym rules applied to queries (<see cref="SynonymTable"/>); null for none.</summary>
    public string? SynonymsPath { get; set; } = DefaultSynonymsPath;
}
