using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Util;

namespace Search.Core.Analysis;

/// <summary>
/// The stop words of the stemmed field: Lucene's Indonesian set (Tala), without the words that
/// carry meaning in news text. "as" is Amerika Serikat, so it is never a stop word here.
/// </summary>
public static class IndonesianStopWords
{
    private static readonly string[] Kept = ["as"];

    /// <summary>The stop set; read-only.</summary>
    public static CharArraySet Default { get; } = Build();

    private static CharArraySet Build()
    {
        var words = new CharArraySet(TextAnalysis.Version, IndonesianAnalyzer.DefaultStopSet.Count, ignoreCase: false);
        foreach (var word in IndonesianAnalyzer.DefaultStopSet)
        {
            if (!Kept.Contains(word, StringComparer.Ordinal))
            {
                words.Add(word);
            }
        }

        return words.AsReadOnly();
    }
}
