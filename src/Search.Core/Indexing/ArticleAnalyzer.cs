using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Microsoft.Extensions.Logging;

namespace Search.Core.Indexing;

/// <summary>
/// The one analyzer of the index: stemmed analysis for text fields, exact analysis for the
/// fields listed in <see cref="IndexSchema.ExactFields"/>. Used for writing, querying and highlighting.
/// </summary>
public static class ArticleAnalyzer
{
    public static Analyzer Create(ILoggerFactory loggers) =>
        Create(new IndonesianAnalyzer(IndexSchema.Version), new SimpleAnalyzer(IndexSchema.Version));

    public static Analyzer Create(Analyzer stemmed, Analyzer exact) =>
        new PerFieldAnalyzerWrapper(
            stemmed,
            IndexSchema.ExactFields.ToDictionary(field => field, _ => exact));
}
