using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;

namespace Search.Core.Indexing;

/// <summary>
/// The codec of indexes written before <see cref="ArticleCodec"/> deflated its blocks: 4 KB LZ4 stored-field
/// blocks. Kept so that those indexes still open; segments merged or written from now on use <see cref="ArticleCodec"/>.
/// </summary>
[CodecName(CodecName)]
public sealed class ArticleLz4Codec() : StoredBlocksCodec("ArticleStoredFields", CompressionMode.FAST)
{
    public const string CodecName = "Article46";
}
