using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;

namespace Search.Core.Indexing;

/// <summary>
/// The one analyzer of the index: stemmed analysis for text fields, exact analysis for the
/// fields listed in <see cref="IndexSchema.ExactFields"/>. Used for writing, querying and highlighting.
/// </summary>
public static class ArticleAnalyzer
{
    public static Analyzer Create(TextAnalysis analysis) =>
        new PerFieldAnalyzerWrapper(
            analysis.Stemmed,
            IndexSchema.ExactFields.ToDictionary(field => field, _ => analysis.Exact));

    public static Analyzer Create(AnalysisOptions options, ILoggerFactory loggers) =>
        Create(new TextAnalysis(Options.Create(options), loggers.CreateLogger<TextAnalysis>()));

    /// <summary>The analyzer with default options: the hunspell-id lexicon at its Debian path.</summary>
    public static Analyzer Create(ILoggerFactory loggers) => Create(new AnalysisOptions(), loggers);
}
