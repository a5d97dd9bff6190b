using Microsoft.AspNetCore.Http.Features;
using Search.Core.Ingestion;

namespace Search.Api.Admin;

/// <summary>
/// The body of an ingestion request: its format from <c>Content-Type</c> (JSON object or array,
/// NDJSON, raw page text, or a saved web page) and its bytes, read up to a limit.
/// </summary>
public static class IngestionBody
{
    /// <summary>The format of a media type, or null for one that is not accepted.</summary>
    public static ArticleBodyFormat? FormatOf(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json" => ArticleBodyFormat.Json,
            "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => ArticleBodyFormat.JsonLines,
            "text/plain" => ArticleBodyFormat.RawText,
            "text/html" or "application/xhtml+xml" => ArticleBodyFormat.Html,
            _ => null,
        };
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
