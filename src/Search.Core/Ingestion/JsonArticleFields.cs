using System.Text.Json;

namespace Search.Core.Ingestion;

/// <summary>
/// The fields of one JSON Lines article as written (schema: shared/corpus/README.md), read
/// with a single forward pass of <see cref="Utf8JsonReader"/>. Unknown fields are skipped.
/// </summary>
internal sealed class JsonArticleFields
{
    public string? Id { get; private set; }
    public string? Url { get; private set; }
    public string? Source { get; private set; }
    public string? Title { get; private set; }
    public string? TitleFromUrl { get; private set; }
    public string? Author { get; private set; }
    public string? Published { get; private set; }
    public string? Category { get; private set; }
    public string? Subcategory { get; private set; }
    public string? Body { get; private set; }
    public IReadOnlyList<string> Tags { get; private set; } = [];
    public IReadOnlyList<string> Persons { get; private set; } = [];
    public IReadOnlyList<string> RelatedTitles { get; private set; } = [];

    /// <exception cref="JsonException">The line is not one JSON object, or a known field has the wrong type.</exception>
    public static JsonArticleFields Read(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the line is not a JSON object");
        }

        var fields = new JsonArticleFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8)) fields.Id = ReadString(ref reader, "id");
            else if (reader.ValueTextEquals("url"u8)) fields.Url = ReadString(ref reader, "url");
            else if (reader.ValueTextEquals("source"u8)) fields.Source = ReadString(ref reader, "source");
            else if (reader.ValueTextEquals("title"u8)) fields.Title = ReadString(ref reader, "title");
            else if (reader.ValueTextEquals("title_from_url"u8)) fields.TitleFromUrl = ReadString(ref reader, "title_from_url");
            else if (reader.ValueTextEquals("author"u8)) fields.Author = ReadString(ref reader, "author");
            else if (reader.ValueTextEquals("published"u8)) fields.Published = ReadString(ref reader, "published");
            else if (reader.ValueTextEquals("category"u8)) fields.Category = ReadString(ref reader, "category");
            else if (reader.ValueTextEquals("subcategory"u8)) fields.Subcategory = ReadString(ref reader, "subcategory");
            else if (reader.ValueTextEquals("body"u8)) fields.Body = ReadString(ref reader, "body");
            else if (reader.ValueTextEquals("tags"u8)) fields.Tags = ReadStrings(ref reader, "tags");
            else if (reader.ValueTextEquals("persons"u8)) fields.Persons = ReadStrings(ref reader, "persons");
            else if (reader.ValueTextEquals("related_titles"u8)) fields.RelatedTitles = ReadStrings(ref reader, "related_titles");
            else reader.Skip();
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("the JSON object is not closed");
        }

        if (reader.Read())
        {
            throw new JsonException("unexpected content after the JSON object");
        }

        return fields;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"'{name}' must be a string or null, not {reader.TokenType}"),
        };
    }

    private static IReadOnlyList<string> ReadStrings(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"'{name}' must be an array of strings or null, not {reader.TokenType}");
        }

        List<string>? values = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"'{name}' must hold only strings, not {reader.TokenType}");
            }

            var value = reader.GetString()!.Trim();
            if (value.Length > 0)
            {
                (values ??= []).Add(value);
            }
        }

        return values is null ? [] : values;
    }
}
