using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Discovery;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Bench.Engines;

/// <summary>
/// The floor of the stack, for indexing only: Lucene.Net as it comes, doing the work SQLite FTS5 does and no
/// more. Lucene's <see cref="StandardAnalyzer"/> (no stemming, no offsets), the headline and the body once each
/// (stored, as FTS5 keeps its content), the id, and the topic, source and month as doc values for counting;
/// analysis on every core, its default codec, the same RAM buffer as ours, merged to one segment at the end as
/// FTS5 is optimised. What it reaches against FTS5 is what Lucene.Net itself allows, before any of our
/// analysis, copies or metadata. With a later <see cref="IndexingLayer"/>, pieces of our own layout are added.
/// </summary>
public sealed class PlainLuceneIndexing(string indexPath, double ramBufferMb, IndexingLayer layer = IndexingLayer.Plain)
{
    public const string Name = "plain Lucene.Net";

    private static readonly FieldType OffsetBodyType = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    public IndexingFigures Index(string corpusPath)
    {
        var clock = Stopwatch.StartNew();
        long count = 0;
        using (var analyzer = layer >= IndexingLayer.Stemmed
            ? ArticleAnalyzer.Create(new AnalysisOptions(), NullLoggerFactory.Instance)
            : new StandardAnalyzer(LuceneVersion.LUCENE_48))
        using (var directory = FSDirectory.Open(indexPath))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMb,
            Codec = layer >= IndexingLayer.OurCodec ? new ArticleCodec() : Codec.Default,
        }))
        {
            var records = new ArticleFileReader(Options.Create(new IngestionOptions())).Read([corpusPath]);
            Parallel.ForEach(records, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, record =>
            {
                if (record.Article is not { } article)
                {
                    return;
                }
                var facets = FacetValues.Of(article);
                var doc = new Document
                {
                    new StringField("id", article.Id, Field.Store.YES),
                    new TextField(IndexSchema.Title, article.Title, Field.Store.YES),
                    layer >= IndexingLayer.BodyOffsets
                        ? new Field(IndexSchema.Body, article.Body, OffsetBodyType)
                        : new TextField(IndexSchema.Body, article.Body, Field.Store.YES),
                    new SortedSetDocValuesField("source", new BytesRef(facets.Source)),
                    new SortedSetDocValuesField("month", new BytesRef(facets.Month)),
                };
                if (layer >= IndexingLayer.ExactCopies)
                {
                    doc.Add(new TextField(IndexSchema.TitleExact, article.Title, Field.Store.NO));
                    doc.Add(new TextField(IndexSchema.BodyExact, article.Body, Field.Store.NO));
                }
                if (layer >= IndexingLayer.DuplicateSignature && NearDuplicateSignature.Of(article.Body) is { } signature)
                {
                    doc.Add(new BinaryDocValuesField(IndexSchema.DuplicateSignature, new BytesRef(signature)));
                }
                if (facets.Topic is not null)
                {
                    doc.Add(new SortedSetDocValuesField("topic", new BytesRef(facets.Topic)));
                }
                writer.AddDocument(doc);
                Interlocked.Increment(ref count);
            });
            writer.ForceMerge(1);
            writer.Commit();
        }
        return new IndexingFigures(count, clock.Elapsed.TotalSeconds, new FileInfo(corpusPath).Length, LuceneEngine.DirectoryBytes(indexPath));
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
