using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;

namespace Search.Core.Indexing;

/// <summary>
/// Lucene 4.6's codec with smaller, deflated stored-field blocks. Loading a hit decompresses its block from
/// the start up to that document: with Lucene's 16 KB blocks a hit pays for several other articles' text.
/// Blocks of about <see cref="BlockBytes"/> hold one or two articles, so a page of hits decompresses little
/// more than its own text. Deflate (.NET's native zlib) rather than Lucene's LZ4, whose managed decoder reads
/// the mapped file byte by byte and copies each match separately: hits load about a quarter faster and the
/// index is 15 % smaller (27k articles: 70 against 82 MB). Indexes written with the LZ4 blocks
/// (<see cref="ArticleLz4Codec"/>) are still read. Both are registered with Lucene's codec factory when this
/// assembly loads, so every reader of the index finds them.
/// </summary>
[CodecName(CodecName)]
public sealed class ArticleCodec() : StoredBlocksCodec("ArticleStoredFieldsDeflate", DeflateBlocksMode.Instance)
{
    public const string CodecName = "Article46Deflate";

    /// <summary>Stored-field block size in bytes (Lucene's default is 16 KB).</summary>
    public const int BlockBytes = 4096;

    // A module initializer rather than a call in each host: whatever opens an index (API, indexer, tools,
    // tests) has loaded this assembly first, and Lucene must know the codec before it reads a segment.
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Lucene's codec registry must know the codec before any index is opened.")]
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArticleCodec), typeof(ArticleLz4Codec)] });
}
