using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneCompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace Search.Core.Indexing;

/// <summary>
/// Lucene's deflate compression mode (<see cref="LuceneCompressionMode.HIGH_COMPRESSION"/>: the same
/// compressor, the same bytes on disk) with a decompressor that inflates a block straight into the reader's
/// buffer. Lucene's own copies the compressed bytes into a new array, inflates into a growing memory
/// stream and copies that into a third array for every document loaded: about three times the block in
/// garbage per hit. Each stored-fields reader clone (one per thread and segment) has its own decompressor,
/// so the buffers are reused without locking.
/// </summary>
internal sealed class DeflateBlocksMode : LuceneCompressionMode
{
    public static readonly DeflateBlocksMode Instance = new();

    private DeflateBlocksMode()
    {
    }

    public override Compressor NewCompressor() => HIGH_COMPRESSION.NewCompressor();

    public override Decompressor NewDecompressor() => new ReusingDecompressor();

    public override string ToString() => "HIGH_COMPRESSION";

    private sealed class ReusingDecompressor : Decompressor
    {
        private byte[] compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            // As Lucene's: an empty slice reads nothing, not even the block's length.
            if (length == 0)
            {
                bytes.Length = 0;
                return;
            }
            var compressedLength = input.ReadVInt32();
            if (compressed.Length < compressedLength)
            {
                compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            }
            input.ReadBytes(compressed, 0, compressedLength);
            if (bytes.Bytes.Length < originalLength)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength, 1)];
            }
            using (var source = new MemoryStream(compressed, 0, compressedLength, writable: false))
            using (var inflater = new DeflateStream(source, System.IO.Compression.CompressionMode.Decompress))
            {
                var read = inflater.ReadAtLeast(bytes.Bytes.AsSpan(0, originalLength), originalLength, throwOnEndOfStream: false);
                if (read != originalLength || inflater.ReadByte() != -1)
                {
                    throw new CorruptIndexException($"Length mismatch: the block inflates to {(read != originalLength ? read.ToString(System.Globalization.CultureInfo.InvariantCulture) : "more")} bytes, not {originalLength} (resource={input})");
                }
            }
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new ReusingDecompressor();
    }
}
