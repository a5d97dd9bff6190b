namespace Search.Bench.Engines;

/// <summary>
/// How much of our document <see cref="PlainLuceneIndexing"/> builds: each layer adds one piece of our layout to
/// the one before, from Lucene.Net doing FTS5's work (<see cref="Plain"/>) towards our own writer, so that
/// indexing them in turn shows what each piece costs.
/// </summary>
public enum IndexingLayer
{
    /// <summary>Lucene's StandardAnalyzer; the headline and the body once each, stored; doc values to count.</summary>
    Plain,

    /// <summary>Our stemmed analysis chain (<c>ArticleAnalyzer</c>) for the headline and the body.</summary>
    Stemmed,

    /// <summary>And the exact copies of both (lower-cased word forms, stop words kept, for phrases and exact forms).</summary>
    ExactCopies,

    /// <summary>And the body's character offsets in its postings (snippets without analysing again).</summary>
    BodyOffsets,

    /// <summary>And our codec (stored fields in deflate blocks).</summary>
    OurCodec,

    /// <summary>And the near-duplicate signature of every body.</summary>
    DuplicateSignature,
}
