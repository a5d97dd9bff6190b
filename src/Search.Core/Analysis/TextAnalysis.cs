using Lucene.Net.Analysis;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Search.Core.Analysis;

/// <summary>
/// Builds the two analyzers of the text fields once: <see cref="Stemmed"/> with the
/// lexicon-guided stemmer, or Lucene's Tala stemmer when the lexicon file is missing
/// (<see cref="UsesLexicon"/> says which), and <see cref="Exact"/>. Register as a singleton.
/// </summary>
public sealed partial class TextAnalysis : IDisposable
{
    /// <summary>The Lucene version every analysis component is created with.</summary>
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Where the stemmed chain leaves its tokens for the exact chain, so each text is tokenized once.</summary>
    internal TokenRecordings Recordings { get; } = new();

    public TextAnalysis(IOptions<AnalysisOptions> options, ILogger<TextAnalysis> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var settings = options.Value;
        if (settings.ExtraWordsPath is { } extra && !File.Exists(extra))
        {
            LogExtraWordsMissing(logger, extra);
        }

        var lexicon = RootLexicon.TryLoad(settings.LexiconPath, settings.ExtraWordsPath);
        if (lexicon is null)
        {
            LogLexiconMissing(logger, settings.LexiconPath);
            Stemmed = new TalaStemmedTextAnalyzer(Recordings);
        }
        else
        {
            LogLexiconLoaded(logger, lexicon.Count, settings.LexiconPath);
            Stemmer = new IndonesianStemmer(lexicon);
            Stemmed = new StemmedTextAnalyzer(Stemmer, Recordings);
        }
        Exact = new ExactTextAnalyzer(Recordings);
    }


    /// <summary>Analyzer of the stemmed text fields, for indexing and for queries.</summary>
    public Analyzer Stemmed { get; }

    /// <summary>Analyzer of the exact (unstemmed) text fields.</summary>
    public Analyzer Exact { get; }

    /// <summary>True when the lexicon-guided stemmer is active, false in the Tala fallback.</summary>
    public bool UsesLexicon => Stemmer is not null;

    /// <summary>The lexicon-guided stemmer, or null in the Tala fallback.</summary>
    public IndonesianStemmer? Stemmer { get; }

    public void Dispose()
    {
        Stemmed.Dispose();
        Exact.Dispose();
        Recordings.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Root lexicon {LexiconPath} not found; stemming falls back to Lucene's Tala stemmer, which over-stems names and loan words")]
    private static partial void LogLexiconMissing(ILogger logger, string lexiconPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extra root list {ExtraWordsPath} not found; using the dictionary alone")]
    private static partial void LogExtraWordsMissing(ILogger logger, string extraWordsPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {RootCount} Indonesian roots from {LexiconPath}")]
    private static partial void LogLexiconLoaded(ILogger logger, int rootCount, string lexiconPath);
}
