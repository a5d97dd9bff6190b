using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>
/// Groups near-duplicate articles from the signatures stored in the index (<see cref="IndexSchema.DuplicateSignature"/>).
/// The indexer writes every article in parallel and upserts by id, so copies arrive in any order and in
/// different runs: <see cref="Regroup"/> therefore runs after each indexing run, over the whole index, not
/// while documents are written. One pass over the signatures keeps a 32-bit key per LSH band and document
/// (80 bytes an article); for each band, documents sorted by key form runs of candidates, verified on their
/// whole signature and joined (single link). Live writes through the API use <see cref="RegroupAround"/>,
/// which recomputes only the groups the written articles touch. A group of two or more is keyed by a hash
/// of its smallest article id, so an unchanged group keeps its key, and only values that differ are
/// written back as doc-values updates of <see cref="IndexSchema.DuplicateGroup"/> (0 = no copies).
/// </summary>
public static class NearDuplicateGrouper
{
    /// <summary>Above this many documents sharing a band key, each is compared with its next two only.</summary>
    private const int MaxAllPairsRun = 64;

    /// <summary>Beyond this many affected documents, regrouping around a write regroups the whole index.</summary>
    private const int MaxAffected = 1_000;

    /// <summary>Recomputes every group from the writer's current documents and buffers the changed values.</summary>
    public static DuplicateGrouping Regroup(IndexWriter writer, DuplicateOptions options)
    {
        var clock = Stopwatch.StartNew();
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var signatures = new SignatureReader(reader);
        var (signed, bandKeys) = signatures.ReadBands();
        var sets = new UnionFind(reader.MaxDoc);
        var a = new BytesRef();
        var b = new BytesRef();
        for (var band = 0; band < NearDuplicateSignature.Bands; band++)
        {
            var keys = bandKeys[band];
            var docs = (int[])signed.Clone();
            Array.Sort(keys, docs);
            for (int start = 0, end; start < keys.Length; start = end)
            {
                for (end = start + 1; end < keys.Length && keys[end] == keys[start]; end++)
                {
                }
                var run = docs.AsSpan(start, end - start);
                for (var i = 0; i < run.Length; i++)
                {
                    var last = run.Length <= MaxAllPairsRun ? run.Length : Math.Min(run.Length, i + 3);
                    for (var j = i + 1; j < last; j++)
                    {
                        if (sets.Find(run[i]) != sets.Find(run[j]) && signatures.Similarity(run[i], run[j], a, b) >= options.Threshold)
                        {
                            sets.Union(run[i], run[j]);
                        }
                    }
                }
            }
        }
        var groups = signed.GroupBy(sets.Find).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();
        var changed = Write(writer, reader, groups, scope: null);
        return new DuplicateGrouping(groups.Count, groups.Sum(g => g.Count), changed, clock.Elapsed);
    }

    /// <summary>
    /// Regroups around articles just upserted or deleted through <paramref name="writer"/>: the groups they
    /// belonged to in <paramref name="before"/> (a snapshot taken before the writes) and the groups of every
    /// article their new text matches. Links between other articles are unchanged, so recomputing those groups
    /// alone gives what <see cref="Regroup"/> would. Finding matches reads every signature once, without sorting.
    /// </summary>
    public static DuplicateGrouping RegroupAround(IndexWriter writer, IndexSearcher before, IReadOnlyCollection<string> ids, DuplicateOptions options)
    {
        var clock = Stopwatch.StartNew();
        var earlier = DuplicateGroups.Of(before.IndexReader);
        var oldGroups = ids.Select(id => DocumentIds.Find(before, id)).OfType<int>().Select(earlier.GroupOf).Where(g => g != DuplicateGroups.None).ToHashSet();
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var current = DuplicateGroups.Of(reader);
        var searcher = new IndexSearcher(reader);
        var written = ids.Select(id => DocumentIds.Find(searcher, id)).OfType<int>().ToHashSet();
        var signatures = new SignatureReader(reader);
        var affected = new HashSet<int>(written);
        affected.UnionWith(oldGroups.SelectMany(current.Members));
        foreach (var match in Matches(signatures, written, options.Threshold))
        {
            affected.UnionWith(current.MembersOf(match));
        }
        if (affected.Count > MaxAffected)
        {
            return Regroup(writer, options);
        }
        var docs = affected.Order().ToArray();
        var sets = new UnionFind(docs.Length);
        var a = new BytesRef();
        var b = new BytesRef();
        for (var i = 0; i < docs.Length; i++)
        {
            for (var j = i + 1; j < docs.Length; j++)
            {
                if (sets.Find(i) != sets.Find(j) && signatures.Similarity(docs[i], docs[j], a, b) >= options.Threshold)
                {
                    sets.Union(i, j);
                }
            }
        }
        var groups = Enumerable.Range(0, docs.Length).GroupBy(sets.Find).Where(g => g.Count() > 1).Select(g => g.Select(i => docs[i]).ToList()).ToList();
        var changed = Write(writer, reader, groups, scope: affected);
        return new DuplicateGrouping(groups.Count, groups.Sum(g => g.Count), changed, clock.Elapsed);
    }

    /// <summary>Live documents (other than the written ones) sharing a band with a written one and similar enough to it.</summary>
    private static HashSet<int> Matches(SignatureReader signatures, HashSet<int> written, double threshold)
    {
        var scratch = new BytesRef();
        var wanted = new HashSet<(int Band, uint Key)>();
        foreach (var doc in written.Where(d => signatures.TryGet(d, scratch)))
        {
            for (var band = 0; band < NearDuplicateSignature.Bands; band++)
            {
                wanted.Add((band, SignatureReader.BandKey(scratch, band)));
            }
        }
        var matches = new HashSet<int>();
        if (wanted.Count == 0)
        {
            return matches;
        }
        var (signed, bandKeys) = signatures.ReadBands();
        var other = new BytesRef();
        for (var i = 0; i < signed.Length; i++)
        {
            if (!written.Contains(signed[i])
                && Enumerable.Range(0, NearDuplicateSignature.Bands).Any(band => wanted.Contains((band, bandKeys[band][i])))
                && written.Any(w => signatures.Similarity(signed[i], w, scratch, other) >= threshold))
            {
                matches.Add(signed[i]);
            }
        }
        return matches;
    }

    /// <summary>
    /// Writes the key of each group member, and 0 for every other document in <paramref name="scope"/>
    /// (all live documents when null) whose value differs.
    /// </summary>
    private static int Write(IndexWriter writer, DirectoryReader reader, List<List<int>> groups, IReadOnlySet<int>? scope)
    {
        var current = DuplicateGroups.Of(reader);
        var grouped = groups.SelectMany(g => g).ToHashSet();
        var stale = (scope ?? (IEnumerable<int>)Enumerable.Range(0, reader.MaxDoc))
            .Where(doc => !grouped.Contains(doc) && current.GroupOf(doc) != DuplicateGroups.None)
            .ToHashSet();
        var ids = DocumentIds.Of(reader, grouped.Concat(stale).ToHashSet());
        var wanted = stale.ToDictionary(doc => doc, _ => DuplicateGroups.None);
        foreach (var group in groups)
        {
            var key = DuplicateGroups.KeyOf(group.Select(doc => ids[doc]).Min(StringComparer.Ordinal)!);
            group.ForEach(doc => wanted[doc] = key);
        }
        var changed = 0;
        foreach (var (doc, key) in wanted.Where(w => current.GroupOf(w.Key) != w.Value))
        {
            writer.UpdateNumericDocValue(ArticleDocumentMapper.IdTerm(ids[doc]), IndexSchema.DuplicateGroup, key);
            changed++;
        }
        return changed;
    }
}
