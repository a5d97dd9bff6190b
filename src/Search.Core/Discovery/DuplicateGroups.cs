using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>
/// The near-duplicate groups of one index snapshot, read from <see cref="IndexSchema.DuplicateGroup"/>
/// doc values once per reader and cached with it (a refreshed searcher gets a new snapshot).
/// </summary>
public sealed class DuplicateGroups
{
    /// <summary>The group value of an article with no near-duplicate.</summary>
    public const long None = 0;

    private static readonly ConditionalWeakTable<IndexReader, DuplicateGroups> Cache = new();

    private readonly long[] groupOf;
    private readonly Dictionary<long, int[]> members;

    private DuplicateGroups(IndexReader reader)
    {
        groupOf = new long[reader.MaxDoc];
        var lists = new Dictionary<long, List<int>>();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexSchema.DuplicateGroup);
            var live = leaf.AtomicReader.LiveDocs;
            if (values is null)
            {
                continue;
            }
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var group = values.Get(doc);
                if (group == None || (live is not null && !live.Get(doc)))
                {
                    continue;
                }
                groupOf[leaf.DocBase + doc] = group;
                if (!lists.TryGetValue(group, out var list))
                {
                    lists[group] = list = [];
                }
                list.Add(leaf.DocBase + doc);
            }
        }
        members = lists.ToDictionary(g => g.Key, g => g.Value.ToArray());
    }

    /// <summary>The groups of a reader snapshot, computed on first use.</summary>
    public static DuplicateGroups Of(IndexReader reader) => Cache.GetValue(reader, r => new DuplicateGroups(r));

    /// <summary>The stable key of a group whose smallest article id is <paramref name="smallestId"/>: positive, never <see cref="None"/>.</summary>
    public static long KeyOf(string smallestId)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(smallestId))
        {
            hash = (hash ^ b) * 0x100000001b3UL;
        }
        var key = (long)(hash >> 1);
        return key == None ? 1 : key;
    }

    /// <summary>Number of groups of two or more copies.</summary>
    public int Count => members.Count;

    /// <summary>The group of a document (global number), or <see cref="None"/>.</summary>
    public long GroupOf(int doc) => groupOf[doc];

    /// <summary>How many other copies of the document the index holds.</summary>
    public int DuplicatesOf(int doc) => groupOf[doc] == None ? 0 : members[groupOf[doc]].Length - 1;

    /// <summary>The live documents of a group (none for <see cref="None"/> or an unknown key).</summary>
    public IReadOnlyList<int> Members(long group) => members.GetValueOrDefault(group) ?? [];

    /// <summary>The documents of the document's group, itself included; just itself when it has no copies.</summary>
    public IReadOnlyList<int> MembersOf(int doc) => groupOf[doc] == None ? [doc] : members[groupOf[doc]];
}
