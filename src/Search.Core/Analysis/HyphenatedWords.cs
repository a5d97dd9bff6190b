using Lucene.Net.Analysis.CharFilters;

namespace Search.Core.Analysis;

/// <summary>
/// Keeps hyphenated words together through the tokenizer. The standard tokenizer splits
/// <c>anak-anak</c> into two tokens, so the hyphen is read as an underscore (which joins words in
/// Unicode word segmentation, and keeps every offset) and <see cref="ReduplicationFilter"/> decides
/// whether the joined token is one reduplicated word or several words.
/// </summary>
public static class HyphenatedWords
{
    /// <summary>What a hyphen inside a token becomes.</summary>
    public const char Joiner = '_';

    private static readonly NormalizeCharMap HyphenToJoiner = BuildMap();

    /// <summary>The text with every hyphen read as <see cref="Joiner"/>.</summary>
    public static TextReader Join(TextReader reader) => new MappingCharFilter(HyphenToJoiner, reader);

    private static NormalizeCharMap BuildMap()
    {
        var map = new NormalizeCharMap.Builder();
        map.Add("-", Joiner.ToString());
        return map.Build();
    }
}
