using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>
/// What relatedness needs to know about a document, read from doc values without loading stored fields:
/// its entities (persons, and organisations when that dimension exists), topic and publication time.
/// One instance per request and thread: doc-values iterators are stateful.
/// </summary>
internal sealed class ArticleSignals(IndexReader reader)
{
    /// <summary>Facet dimensions whose shared values make two articles about the same people or bodies.</summary>
    public static readonly IReadOnlyList<string> EntityFields = FacetDimensions.All
        .Where(d => d.Name is "person" or "org")
        .Select(d => d.Field)
        .ToList();

    private readonly IList<AtomicReaderContext> leaves = reader.Leaves;
    private readonly Dictionary<(int Leaf, string Field), SortedSetDocValues?> sets = [];
    private readonly Dictionary<int, NumericDocValues?> published = [];
    private readonly BytesRef scratch = new();

    public IReadOnlyList<string> Entities(int doc)
    {
        var values = new List<string>();
        foreach (var field in EntityFields)
        {
            values.AddRange(Values(doc, field));
        }
        return values;
    }

    public string? Topic(int doc) => Values(doc, FacetDimensions.Topic).FirstOrDefault();

    public DateTimeOffset Published(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, leaves);
        if (!published.TryGetValue(leaf, out var values))
        {
            published[leaf] = values = leaves[leaf].AtomicReader.GetNumericDocValues(IndexSchema.PublishedSort);
        }
        return DateTimeOffset.FromUnixTimeMilliseconds(values?.Get(doc - leaves[leaf].DocBase) ?? 0);
    }

    private List<string> Values(int doc, string field)
    {
        var leaf = ReaderUtil.SubIndex(doc, leaves);
        if (!sets.TryGetValue((leaf, field), out var values))
        {
            sets[(leaf, field)] = values = leaves[leaf].AtomicReader.GetSortedSetDocValues(field);
        }
        var found = new List<string>();
        if (values is null)
        {
            return found;
        }
        values.SetDocument(doc - leaves[leaf].DocBase);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ord, scratch);
            found.Add(scratch.Utf8ToString());
        }
        return found;
    }
}
