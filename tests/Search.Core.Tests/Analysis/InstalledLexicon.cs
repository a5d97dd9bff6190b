using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// The hunspell-id dictionary installed on the machine plus the shipped extra roots, loaded once
/// for all tests (the stemmer over it is thread-safe, so tests share it).
/// </summary>
internal static class InstalledLexicon
{
    private static readonly Lazy<RootLexicon?> Lexicon = new(() =>
        RootLexicon.TryLoad(AnalysisOptions.DefaultLexiconPath, AnalysisOptions.DefaultExtraWordsPath));

    private static readonly Lazy<IndonesianStemmer> SharedStemmer = new(() => new IndonesianStemmer(Roots));

    public static bool IsInstalled => File.Exists(AnalysisOptions.DefaultLexiconPath);

    public static string MissingMessage =>
        $"hunspell-id not found at {AnalysisOptions.DefaultLexiconPath} (apt-get install hunspell-id; set CI=true to fail instead of skipping).";

    public static RootLexicon Roots => Lexicon.Value ?? throw new InvalidOperationException(MissingMessage);

    public static IndonesianStemmer Stemmer => SharedStemmer.Value;

    /// <summary>Skip reason for tests that need the dictionary; null when they must run.</summary>
    public static string? SkipReason
    {
        get
        {
            var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            return IsInstalled || underCi ? null : MissingMessage;
        }
    }
}
