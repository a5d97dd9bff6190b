using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>The stored near-duplicate signatures of a reader's live documents, by global document number.</summary>
internal sealed class SignatureReader(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> leaves = reader.Leaves;
    private readonly BinaryDocValues?[] values = reader.Leaves
        .Select(l => l.AtomicReader.GetBinaryDocValues(IndexSchema.DuplicateSignature))
        .ToArray();

    /// <summary>The signed live documents and, per band, the 32-bit band key of each (same order).</summary>
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
                if ((live is not null && !live.Get(doc)) || !TryGet(leaves[l].DocBase + doc, scratch))
                {
                    continue;
                }
                signed.Add(leaves[l].DocBase + doc);
                for (var band = 0; band < NearDuplicateSignature.Bands; band++)
                {
                    keys[band].Add(BandKey(scratch, band));
                }
            }
        }
        return (signed.ToArray(), keys.Select(k => k.ToArray()).ToArray());
    }

    /// <summary>Reads a document's signature; false when it has none.</summary>
    public bool TryGet(int globalDoc, BytesRef into)
    {
        var l = ReaderUtil.SubIndex(globalDoc, leaves);
        if (values[l] is not { } leafValues)
        {
            return false;
        }
        leafValues.Get(globalDoc - leaves[l].DocBase, into);
        return into.Length == NearDuplicateSignature.ByteLength;
    }

    /// <summary>Estimated similarity of two documents' signatures (0 when either has none).</summary>
    public double Similarity(int a, int b, BytesRef first, BytesRef second) =>
        TryGet(a, first) && TryGet(b, second)
            ? NearDuplicateSignature.Similarity(first.Bytes.AsSpan(first.Offset, first.Length), second.Bytes.AsSpan(second.Offset, second.Length))
            : 0;

    public static uint BandKey(BytesRef signature, int band)
    {
        var key = NearDuplicateSignature.BandKey(signature.Bytes.AsSpan(signature.Offset, signature.Length), band);
        return (uint)(key ^ (key >> 32));
    }
}
