using Search.Api.Contracts;
using Search.Core.Discovery;

namespace Search.Api.Infrastructure;

/// <summary>Turns the related-articles query string or a draft into Core requests, or into errors keyed by parameter.</summary>
public static class RelatedQueryValidator
{
    public const int MaxSize = 50;
    public const int MaxQueryTermsLimit = 100;
    public const int MaxTitleLength = 1_000;
    public const int MaxBodyLength = 200_000;
    public const int MaxPersons = 50;

    public static bool TryValidate(RelatedQuery query, out RelatedRequest request, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var before = QueryParameters.Date(query.Before, "before", errors);
        var after = QueryParameters.Date(query.After, "after", errors);
        if (before is not null && after is not null && after.Value.AddDays(1) >= before)
        {
            errors["before"] = [$"'before' ({before:yyyy-MM-dd}) leaves no day after 'after' ({after:yyyy-MM-dd}); both exclude their own day."];
        }
        request = new RelatedRequest
        {
            Size = QueryParameters.Int(query.Size, "size", 5, 1, MaxSize, errors),
            Before = before,
            After = after,
            Topics = QueryParameters.Values(query.Topic),
            MinTermFreq = QueryParameters.OptionalInt(query.MinTermFreq, "minTermFreq", 1, 1_000, errors),
            MinDocFreq = QueryParameters.OptionalInt(query.MinDocFreq, "minDocFreq", 1, int.MaxValue, errors),
            MaxQueryTerms = QueryParameters.OptionalInt(query.MaxQueryTerms, "maxQueryTerms", 1, MaxQueryTermsLimit, errors),
        };
        return errors.Count == 0;
    }

    public static bool TryValidate(DraftRelatedRequest? body, out RelatedDraft draft, out RelatedRequest request, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = body?.Body ?? "";
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["body"] = ["'body' is required: the text of the draft."];
        }
        else if (text.Length > MaxBodyLength)
        {
            errors["body"] = [$"'body' is {text.Length} characters long; at most {MaxBodyLength} are allowed."];
        }
        if (body?.Title is { Length: > MaxTitleLength } title)
        {
            errors["title"] = [$"'title' is {title.Length} characters long; at most {MaxTitleLength} are allowed."];
        }
        if (body?.Size is < 1 or > MaxSize)
        {
            errors["size"] = [$"'size' must be an integer from 1 to {MaxSize}; got '{body.Size}'."];
        }
        if (body?.Persons is { Length: > MaxPersons } persons)
        {
            errors["persons"] = [$"'persons' lists {persons.Length} names; at most {MaxPersons} are allowed."];
        }
        draft = new RelatedDraft
        {
            Title = body?.Title?.Trim() ?? "",
            Body = text,
            Persons = QueryParameters.Values(body?.Persons),
            Topic = string.IsNullOrWhiteSpace(body?.Topic) ? null : body.Topic.Trim().ToLowerInvariant(),
            Published = body?.Published,
        };
        request = new RelatedRequest { Size = body?.Size is >= 1 and <= MaxSize ? body.Size.Value : 5 };
        return errors.Count == 0;
    }
}
