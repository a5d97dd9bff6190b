using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Search.Core.Indexing;

/// <summary>
/// The codec of indexes written before <see cref="ArticleCodec"/> deflated its blocks: 4 KB LZ4 stored-field
/// blocks. Kept so that those indexes still open; segments merged or written from now on use <see cref="ArticleCodec"/>.
/// </summary>
[CodecName(CodecName)]
public sealed class ArticleLz4Codec : FilterCodec
{
    public const string CodecName = "Article46";

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("ArticleStoredFields", CompressionMode.FAST, ArticleCodec.BlockBytes);

    public ArticleLz4Codec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;
}
