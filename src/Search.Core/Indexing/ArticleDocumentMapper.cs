using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Articles;
using Search.Core.Discovery;

namespace Search.Core.Indexing;

/// <summary>
/// Turns an article into a Lucene document and a stored document back into an article.
/// </summary>
public static class ArticleDocumentMapper
{
    /// <summary>
    /// The body as a stored TextField whose postings also keep each occurrence's character offsets, so a
    /// snippet is cut from the stored text without analysing it again (<see cref="Searching.HighlightTerms.OffsetsIn"/>).
    /// </summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static Term IdTerm(string id) => new(IndexSchema.Id, id);

    /// <summary>
    /// The stored fields a search hit shows (the body for its snippet): loading only these spares decoding the
    /// caption, labels, tags, organisations, places and related titles of ten articles per search.
    /// </summary>
    public static readonly ISet<string> HitFields = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexSchema.Id, IndexSchema.Title, IndexSchema.Url, IndexSchema.Source, IndexSchema.Author,
        IndexSchema.Published, IndexSchema.Topic, IndexSchema.Person, IndexSchema.Body,
    };

    public static Document ToDocument(Article article)
    {
        var facets = FacetValues.Of(article);
        var publishedMs = article.Published.ToUnixTimeMilliseconds();
        var doc = new Document
        {
            new KeywordField(IndexSchema.Id, article.Id, Field.Store.YES),
            new KeywordField(IndexSchema.Source, facets.Source, Field.Store.YES),
            new KeywordField(IndexSchema.SourceKey, facets.Source.ToLowerInvariant(), Field.Store.NO),
            new TextField(IndexSchema.Title, article.Title, Field.Store.YES),
            new TextField(IndexSchema.TitleExact, article.Title, Field.Store.NO),
            new Field(IndexSchema.Body, article.Body, BodyType),
            new TextField(IndexSchema.BodyExact, article.Body, Field.Store.NO),
            new StoredField(IndexSchema.Published, article.Published.ToString("o", CultureInfo.InvariantCulture)),
            new RangeField(IndexSchema.PublishedRange, publishedMs),
            new NumericDocValuesField(IndexSchema.PublishedSort, publishedMs),
            new SortedSetDocValuesField(FacetDimensions.Source, new BytesRef(facets.Source)),
            new SortedSetDocValuesField(FacetDimensions.Year, new BytesRef(facets.Year)),
            new SortedSetDocValuesField(FacetDimensions.Month, new BytesRef(facets.Month)),
            new NumericDocValuesField(IndexSchema.DuplicateGroup, DuplicateGroups.None),
        };
        if (NearDuplicateSignature.Of(article.Body) is { } signature)
        {
            doc.Add(new BinaryDocValuesField(IndexSchema.DuplicateSignature, new BytesRef(signature)));
        }
        AddStored(doc, IndexSchema.Url, article.Url);
        AddStored(doc, IndexSchema.Category, article.Category);
        AddStored(doc, IndexSchema.Subcategory, article.Subcategory);
        AddStored(doc, IndexSchema.Dateline, article.Dateline);
        AddStored(doc, IndexSchema.EditorCode, article.EditorCode);
        if (!string.IsNullOrWhiteSpace(article.Caption))
        {
            doc.Add(new TextField(IndexSchema.Caption, article.Caption, Field.Store.YES));
        }
        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            doc.Add(new KeywordField(IndexSchema.Author, article.Author, Field.Store.YES));
        }
        if (facets.Topic is not null)
        {
            doc.Add(new KeywordField(IndexSchema.Topic, facets.Topic, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(FacetDimensions.Topic, new BytesRef(facets.Topic)));
        }
        foreach (var person in facets.Persons)
        {
            doc.Add(new StoredField(IndexSchema.Person, person));
            doc.Add(new KeywordField(IndexSchema.PersonKey, person.ToLowerInvariant(), Field.Store.NO));
            doc.Add(new TextField(IndexSchema.PersonText, person, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(FacetDimensions.Person, new BytesRef(person)));
        }
        AddNames(doc, facets.Orgs, IndexSchema.Org, IndexSchema.OrgKey, FacetDimensions.Org);
        AddNames(doc, facets.Places, IndexSchema.Place, IndexSchema.PlaceKey, FacetDimensions.Place);
        foreach (var tag in article.Tags)
        {
            doc.Add(new StoredField(IndexSchema.Tag, tag));
        }
        foreach (var related in article.RelatedTitles)
        {
            doc.Add(new StoredField(IndexSchema.RelatedTitle, related));
        }
        return doc;
    }

    public static Article ToArticle(Document doc) => new()
    {
        Id = doc.Get(IndexSchema.Id),
        Url = doc.Get(IndexSchema.Url),
        Source = doc.Get(IndexSchema.Source),
        Title = doc.Get(IndexSchema.Title),
        Body = doc.Get(IndexSchema.Body),
        Caption = doc.Get(IndexSchema.Caption),
        Author = doc.Get(IndexSchema.Author),
        Published = DateTimeOffset.Parse(doc.Get(IndexSchema.Published), CultureInfo.InvariantCulture),
        Category = doc.Get(IndexSchema.Category),
        Subcategory = doc.Get(IndexSchema.Subcategory),
        Dateline = doc.Get(IndexSchema.Dateline),
        EditorCode = doc.Get(IndexSchema.EditorCode),
        Persons = doc.GetValues(IndexSchema.Person),
        Orgs = doc.GetValues(IndexSchema.Org),
        Places = doc.GetValues(IndexSchema.Place),
        Topic = doc.Get(IndexSchema.Topic),
        Tags = doc.GetValues(IndexSchema.Tag),
        RelatedTitles = doc.GetValues(IndexSchema.RelatedTitle),
    };

    /// <summary>The topic as indexed (canonical), which may differ from the stored category.</summary>
    public static string? TopicOf(Document doc) => doc.Get(IndexSchema.Topic);

    /// <summary>A named-entity dimension: stored display name, lower-cased filter key, facet value.</summary>
    private static void AddNames(Document doc, IReadOnlyList<string> names, string stored, string key, string facet)
    {
        foreach (var name in names)
        {
            doc.Add(new StoredField(stored, name));
            doc.Add(new KeywordField(key, name.ToLowerInvariant(), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(facet, new BytesRef(name)));
        }
    }

    private static void AddStored(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }
}
