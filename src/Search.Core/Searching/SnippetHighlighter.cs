using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Makes the HTML snippet of a hit: the best body fragments with matches in &lt;mark&gt;, everything
/// else HTML-escaped; the opening of the body when nothing in it matched.
/// </summary>
public sealed class SnippetHighlighter(Analyzer analyzer)
{
    private const int FragmentChars = 160;
    private const int Fragments = 2;
    private const string Ellipsis = " … ";
    private const int MaxDocChars = 100_000;

    public string Snippet(Query query, string body) => Snippet(query, body, bodyMayMatch: true);

    /// <param name="query">The user query whose terms in <see cref="IndexSchema.Body"/> are marked.</param>
    /// <param name="body">The stored body.</param>
    /// <param name="bodyMayMatch">
    /// False when the caller knows the body holds none of the query's body terms (<see cref="HighlightTerms"/>):
    /// the highlighter would find no fragment, so the opening is returned without re-analysing the body.
    /// </param>
    public string Snippet(Query query, string body, bool bodyMayMatch) => Snippet(query, body, bodyMayMatch, indexedAs: null);

    /// <param name="query">The user query whose terms in <see cref="IndexSchema.Body"/> are marked.</param>
    /// <param name="body">The stored body.</param>
    /// <param name="bodyMayMatch">False when the body certainly holds no query term (see above).</param>
    /// <param name="indexedAs">
    /// The reader and document the body was indexed as: phrase and proximity positions are then read from
    /// its postings (<see cref="IndexedSpanScorer"/>) instead of indexing the body again in memory.
    /// </param>
    public string Snippet(Query query, string body, bool bodyMayMatch, (IndexReader Reader, int Doc)? indexedAs)
    {
        if (!bodyMayMatch)
        {
            return Opening(body);
        }
        // Past MaxDocChars the highlighter sees only part of the body; Lucene's own path keeps that exact.
        var scorer = indexedAs is { } source && body.Length <= MaxDocChars
            ? new IndexedSpanScorer(query, IndexSchema.Body, source.Reader, source.Doc)
            : new QueryScorer(query, IndexSchema.Body);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
            MaxDocCharsToAnalyze = MaxDocChars,
        };
        using var tokens = analyzer.GetTokenStream(IndexSchema.Body, body);
        var fragments = highlighter.GetBestFragments(tokens, body, Fragments)
            .Select(CollapseWhiteSpace)
            .Where(f => f.Length > 0)
            .ToArray();
        return fragments.Length > 0 ? string.Join(Ellipsis, fragments) : Opening(body);
    }

    /// <summary>
    /// The snippet of an indexed hit: from the offsets its postings hold for the query's body terms
    /// (<see cref="HighlightTerms.OffsetsIn"/>), without analysing the body again; through Lucene's
    /// highlighter when the index has no offsets or the query has clauses the offsets cannot speak for.
    /// </summary>
    public string Snippet(Query query, string body, HighlightTerms terms, IndexReader reader, int doc)
    {
        if (terms.IsEmpty)
        {
            return Opening(body);
        }
        if (terms.OffsetsIn(reader, doc) is { } offsets)
        {
            return OffsetFragments.Build(body, offsets, FragmentChars, Fragments, Ellipsis) ?? Opening(body);
        }
        return Snippet(query, body, terms.MayMatch(reader, doc), (reader, doc));
    }

    private static string Opening(string body)
    {
        // Only the opening is shown, so only a little more than it is tidied.
        var whole = body.Length <= 4 * FragmentChars;
        var text = CollapseWhiteSpace(whole ? body : body.AsSpan(0, 4 * FragmentChars));
        if (text.Length <= FragmentChars)
        {
            return WebUtility.HtmlEncode(text) + (whole ? "" : "…");
        }
        var cut = text.LastIndexOf(' ', FragmentChars);
        return WebUtility.HtmlEncode(text[..(cut > 0 ? cut : FragmentChars)]) + "…";
    }

    private static string CollapseWhiteSpace(string text) => CollapseWhiteSpace(text.AsSpan());

    /// <summary>
    /// The words of <paramref name="text"/> (runs without <see cref="char.IsWhiteSpace(char)"/>) joined by one
    /// space, as splitting on white space and joining would give, in one pass without the array of words.
    /// </summary>
    private static string CollapseWhiteSpace(ReadOnlySpan<char> text)
    {
        var words = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                words[n++] = c;
            }
            else if (n > 0 && words[n - 1] != ' ')
            {
                words[n++] = ' ';
            }
        }
        if (n > 0 && words[n - 1] == ' ')
        {
            n--;
        }
        return new string(words[..n]);
    }
}
