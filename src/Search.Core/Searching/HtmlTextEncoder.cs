using System.Net;
using Lucene.Net.Search.Highlight;

namespace Search.Core.Searching;

/// <summary>Escapes snippet text for HTML with the platform's encoder (&lt; &gt; &amp; and quotes).</summary>
public sealed class HtmlTextEncoder : IEncoder
{
    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
