using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Suggest;

/// <summary>
/// The id, headline and publication time of every document of one segment, read once per segment
/// core from stored fields and doc values, so a new searcher generation rereads only new segments.
/// </summary>
internal sealed class SegmentTitles
{
    private static readonly ConditionalWeakTable<object, SegmentTitles> ByCore = [];

    private SegmentTitles(string?[] ids, string?[] titles, long[] published)
    {
        Ids = ids;
        Titles = titles;
        Published = published;
    }

    public string?[] Ids { get; }

    public string?[] Titles { get; }

    public long[] Published { get; }

    public static SegmentTitles Of(AtomicReader segment) => ByCore.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static SegmentTitles Read(AtomicReader segment)
    {
        var ids = new string?[segment.MaxDoc];
        var titles = new string?[segment.MaxDoc];
        var published = new long[segment.MaxDoc];
        var dates = segment.GetNumericDocValues(IndexSchema.PublishedSort);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            var visitor = new DocumentStoredFieldVisitor(IndexSchema.Id, IndexSchema.Title);
            segment.Document(doc, visitor);
            ids[doc] = visitor.Document.Get(IndexSchema.Id);
            titles[doc] = visitor.Document.Get(IndexSchema.Title);
            published[doc] = dates?.Get(doc) ?? 0;
        }

        return new SegmentTitles(ids, titles, published);
    }
}
