using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>
/// Groups near-duplicate articles after an indexing run. The indexer writes every article in parallel
/// and upserts by id, so copies arrive in any order and in different runs; grouping therefore runs once
/// per run over the signatures stored in the whole index (<see cref="IndexSchema.DuplicateSignature"/>),
/// not while documents are written. One pass over the signatures keeps a 32-bit key per LSH band and
/// document (80 bytes an article); for each band, documents sorted by key form runs of candidates, which
/// are verified on their whole signature and joined (single link). Each group of two or more is keyed by a
/// hash of its smallest article id, so an unchanged group keeps its key across runs, and only values that
/// differ are written back as doc-values updates of <see cref="IndexSchema.DuplicateGroup"/> (0 = no copies).
/// </summary>
public static class NearDuplicateGrouper
{
    /// <summary>Above this many documents sharing a band key, each is compared with its next two only.</summary>
    private const int MaxAllPairsRun = 64;

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
                JoinRun(docs.AsSpan(start, end - start), signatures, sets, options.Threshold, a, b);
            }
        }
        var members = signed.GroupBy(sets.Find).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();
        var changed = WriteChanges(writer, reader, members);
        return new DuplicateGrouping(members.Count, members.Sum(m => m.Count), changed, clock.Elapsed);
    }

    private static void JoinRun(Span<int> run, SignatureReader signatures, UnionFind sets, double threshold, BytesRef a, BytesRef b)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var last = run.Length <= MaxAllPairsRun ? run.Length : Math.Min(run.Length, i + 3);
            for (var j = i + 1; j < last; j++)
            {
                if (sets.Find(run[i]) == sets.Find(run[j]))
                {
                    continue;
                }
                signatures.Get(run[i], a);
                signatures.Get(run[j], b);
                if (NearDuplicateSignature.Similarity(a.Bytes.AsSpan(a.Offset, a.Length), b.Bytes.AsSpan(b.Offset, b.Length)) >= threshold)
                {
                    sets.Union(run[i], run[j]);
                }
            }
        }
    }

    /// <summary>Writes the key of each group member, and 0 for every other document whose value differs.</summary>
    private static int WriteChanges(IndexWriter writer, DirectoryReader reader, List<List<int>> members)
    {
        var wanted = new Dictionary<int, long>();
        var grouped = members.SelectMany(m => m).ToHashSet();
        var stale = new HashSet<int>();
        foreach (var leaf in reader.Leaves)
        {
            var current = leaf.AtomicReader.GetNumericDocValues(IndexSchema.DuplicateGroup);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; current is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if ((live is null || live.Get(doc)) && current.Get(doc) != DuplicateGroups.None && !grouped.Contains(leaf.DocBase + doc))
                {
                    stale.Add(leaf.DocBase + doc);
                }
            }
        }
        var ids = IdsOf(reader, grouped.Concat(stale).ToHashSet());
        foreach (var group in members)
        {
            var key = DuplicateGroups.KeyOf(group.Select(doc => ids[doc]).Min(StringComparer.Ordinal)!);
            group.ForEach(doc => wanted[doc] = key);
        }
        foreach (var doc in stale)
        {
            wanted[doc] = DuplicateGroups.None;
        }
        var changed = 0;
        foreach (var (doc, key) in wanted)
        {
            var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
            if (leaf.AtomicReader.GetNumericDocValues(IndexSchema.DuplicateGroup)?.Get(doc - leaf.DocBase) != key)
            {
                writer.UpdateNumericDocValue(ArticleDocumentMapper.IdTerm(ids[doc]), IndexSchema.DuplicateGroup, key);
                changed++;
            }
        }
        return changed;
    }

    /// <summary>The article ids of some live documents, read from the id terms (no stored fields).</summary>
    private static Dictionary<int, string> IdsOf(DirectoryReader reader, HashSet<int> docs)
    {
        var ids = new Dictionary<int, string>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Id)?.GetEnumerator();
            DocsEnum? postings = null;
            while (terms is not null && terms.MoveNext())
            {
                postings = terms.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                int doc;
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (docs.Contains(leaf.DocBase + doc))
                    {
                        ids[leaf.DocBase + doc] = terms.Term.Utf8ToString();
                    }
                }
            }
        }
        return ids;
    }

    /// <summary>The stored signatures of live documents, read by global document number.</summary>
    private sealed class SignatureReader(DirectoryReader reader)
    {
        private readonly IList<AtomicReaderContext> leaves = reader.Leaves;
        private readonly BinaryDocValues?[] values = reader.Leaves
            .Select(l => l.AtomicReader.GetBinaryDocValues(IndexSchema.DuplicateSignature))
            .ToArray();

        /// <summary>The signed documents and, per band, the 32-bit band key of each (same order).</summary>
        public (int[] Signed, uint[][] BandKeys) ReadBands()
        {
            var signed = new List<int>();
            var keys = Enumerable.Range(0, NearDuplicateSignature.Bands).Select(_ => new List<uint>()).ToArray();
            var scratch = new BytesRef();
            for (var l = 0; l < leaves.Count; l++)
            {
                var live = leaves[l].AtomicReader.LiveDocs;
                for (var doc = 0; values[l] is not null && doc < leaves[l].AtomicReader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc))
                    {
                        continue;
                    }
                    values[l]!.Get(doc, scratch);
                    if (scratch.Length != NearDuplicateSignature.ByteLength)
                    {
                        continue;
                    }
                    signed.Add(leaves[l].DocBase + doc);
                    var signature = scratch.Bytes.AsSpan(scratch.Offset, scratch.Length);
                    for (var band = 0; band < NearDuplicateSignature.Bands; band++)
                    {
                        var key = NearDuplicateSignature.BandKey(signature, band);
                        keys[band].Add((uint)(key ^ (key >> 32)));
                    }
                }
            }
            return (signed.ToArray(), keys.Select(k => k.ToArray()).ToArray());
        }

        public void Get(int globalDoc, BytesRef into)
        {
            var l = ReaderUtil.SubIndex(globalDoc, leaves);
            values[l]!.Get(globalDoc - leaves[l].DocBase, into);
        }
    }
}
