using System.Net;
using Lucene.Net.Analysis;
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

    public string Snippet(Query query, string body) => Snippet(query, body, bodyMayMatch: true);

    /// <param name="query">The user query whose terms in <see cref="IndexSchema.Body"/> are marked.</param>
    /// <param name="body">The stored body.</param>
    /// <param name="bodyMayMatch">
    /// False when the caller knows the body holds none of the query's body terms (<see cref="HighlightTerms"/>):
    /// the highlighter would find no fragment, so the opening is returned without re-analysing the body.
    /// </param>
    public string Snippet(Query query, string body, bool bodyMayMatch)
    {
        if (!bodyMayMatch)
        {
            return Opening(body);
        }
        var scorer = new QueryScorer(query, IndexSchema.Body);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
            MaxDocCharsToAnalyze = 100_000,
        };
        using var tokens = analyzer.GetTokenStream(IndexSchema.Body, body);
        var fragments = highlighter.GetBestFragments(tokens, body, Fragments)
            .Select(CollapseWhiteSpace)
            .Where(f => f.Length > 0)
            .ToArray();
        return fragments.Length > 0 ? string.Join(Ellipsis, fragments) : Opening(body);
    }

    private static string Opening(string body)
    {
        var text = CollapseWhiteSpace(body);
        if (text.Length <= FragmentChars)
        {
            return WebUtility.HtmlEncode(text);
        }
        var cut = text.LastIndexOf(' ', FragmentChars);
        return WebUtility.HtmlEncode(text[..(cut > 0 ? cut : FragmentChars)]) + "…";
    }

    private static string CollapseWhiteSpace(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
