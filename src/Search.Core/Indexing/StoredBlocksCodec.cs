using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Search.Core.Indexing;

/// <summary>
/// Lucene 4.6's codec with its stored fields in blocks of <see cref="ArticleCodec.BlockBytes"/>, under the
/// format name and compression each concrete codec (<see cref="ArticleCodec"/>, <see cref="ArticleLz4Codec"/>) gives.
/// </summary>
public abstract class StoredBlocksCodec(string formatName, CompressionMode compression) : FilterCodec(new Lucene46Codec())
{
    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat(formatName, compression, ArticleCodec.BlockBytes);

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;
}
