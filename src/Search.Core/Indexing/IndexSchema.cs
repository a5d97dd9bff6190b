using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>
/// The index schema, declared once. Every field name used anywhere in the product is a constant here.
/// </summary>
public static class IndexSchema
{
    /// <summary>The one Lucene version the product speaks.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Article id: StringField, stored; the upsert key.</summary>
    public const string Id = "id";

    /// <summary>Original URL: stored only.</summary>
    public const string Url = "url";

    /// <summary>Publisher: StringField, stored, exact value (also facet dimension <see cref="FacetDimensions.Source"/>).</summary>
    public const string Source = "source";

    /// <summary>Lower-cased publisher for case-insensitive filtering: StringField, not stored.</summary>
    public const string SourceKey = "source_key";

    /// <summary>Headline: TextField, stored, stemmed analysis.</summary>
    public const string Title = "title";

    /// <summary>Headline: TextField, not stored, exact (unstemmed) analysis.</summary>
    public const string TitleExact = "title_exact";

    /// <summary>Article text: TextField, stored, stemmed analysis, offsets in the postings; the snippet source.</summary>
    public const string Body = "body";

    /// <summary>Article text: TextField, not stored, exact (unstemmed) analysis.</summary>
    public const string BodyExact = "body_exact";

    /// <summary>Photo caption: TextField, stored, stemmed analysis.</summary>
    public const string Caption = "caption";

    /// <summary>Byline name: StringField, stored.</summary>
    public const string Author = "author";

    /// <summary>Publication time as ISO 8601 with its original offset: stored only.</summary>
    public const string Published = "published";

    /// <summary>Publication instant in Unix milliseconds: Int64Field, not stored, range-filterable.</summary>
    public const string PublishedRange = "published_range";

    /// <summary>Publication instant in Unix milliseconds: NumericDocValues, the date sort key.</summary>
    public const string PublishedSort = "published_sort";

    /// <summary>Canonical topic: StringField, stored, lower case (also facet dimension).</summary>
    public const string Topic = "topic";

    /// <summary>Section label exactly as the source gives it: stored only.</summary>
    public const string Category = "category";

    /// <summary>Sub-section label as the source gives it: stored only.</summary>
    public const string Subcategory = "subcategory";

    /// <summary>Person display name: stored, multi-valued, one per person.</summary>
    public const string Person = "person";

    /// <summary>Lower-cased person name for case-insensitive filtering: StringField, multi-valued, not stored.</summary>
    public const string PersonKey = "person_key";

    /// <summary>Person names for <c>person:lavrov</c> queries: TextField, not stored, exact analysis.</summary>
    public const string PersonText = "person_text";

    /// <summary>Organisation display name: stored, multi-valued.</summary>
    public const string Org = "org";

    /// <summary>Lower-cased organisation name for filtering: StringField, multi-valued, not stored.</summary>
    public const string OrgKey = "org_key";

    /// <summary>Place display name: stored, multi-valued.</summary>
    public const string Place = "place";

    /// <summary>Lower-cased place name for filtering: StringField, multi-valued, not stored.</summary>
    public const string PlaceKey = "place_key";

    /// <summary>Tags from the input: stored, multi-valued.</summary>
    public const string Tag = "tag";

    /// <summary>Dateline city: stored only.</summary>
    public const string Dateline = "dateline";

    /// <summary>Editor code such as "FJR": stored only.</summary>
    public const string EditorCode = "editor_code";

    /// <summary>Titles of "Baca juga" links: stored, multi-valued.</summary>
    public const string RelatedTitle = "related_title";

    /// <summary>Near-duplicate MinHash signature of the body (<c>Discovery.NearDuplicateSignature</c>): BinaryDocValues; absent when the body is too short.</summary>
    public const string DuplicateSignature = "dup_signature";

    /// <summary>Near-duplicate group key: NumericDocValues, 0 without copies; set after each indexing run by doc-values updates.</summary>
    public const string DuplicateGroup = "dup_group";

    /// <summary>Text fields a free-text word is searched in, with their boosts (exact matches weigh more).</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> FullTextFields =
    [
        (TitleExact, 4f),
        (Title, 2.5f),
        (BodyExact, 1.5f),
        (Body, 1f),
        (Caption, 0.5f),
    ];

    /// <summary>The text a field indexes: an exact copy belongs with its stemmed field (the headline's, the body's); any other field is its own.</summary>
    public static string TextOf(string field) => field switch
    {
        TitleExact => Title,
        BodyExact => Body,
        _ => field,
    };

    /// <summary>Fields analysed with the exact (unstemmed) analyzer; all other text fields are stemmed.</summary>
    public static readonly IReadOnlySet<string> ExactFields = new HashSet<string>(StringComparer.Ordinal)
    {
        TitleExact, BodyExact, PersonText,
    };
}
