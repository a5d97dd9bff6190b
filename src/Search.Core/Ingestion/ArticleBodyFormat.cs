namespace Search.Core.Ingestion;

/// <summary>How the articles of one request body are written.</summary>
public enum ArticleBodyFormat
{
    /// <summary>One JSON article object, or a JSON array of them (the JSON Lines schema, one object each).</summary>
    Json,

    /// <summary>JSON Lines / NDJSON: one article object per line.</summary>
    JsonLines,

    /// <summary>One raw page-text capture, as in a .txt file.</summary>
    RawText,

    /// <summary>One saved web page, as in an .html file.</summary>
    Html,
}
