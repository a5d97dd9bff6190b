namespace Search.Core.Indexing;

/// <summary>Where the index lives and how it is written. Bound from the "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Index directory; relative paths are resolved against the working directory.</summary>
    public string IndexPath { get; set; } = Path.Combine("index-data", "index");

    /// <summary>IndexWriter RAM buffer before a segment is flushed.</summary>
    public double RamBufferMb { get; set; } = 128;

    /// <summary>Input records per indexer commit: a run that dies keeps every whole batch before it.</summary>
    public int CommitEvery { get; set; } = ArticleIndexer.DefaultCommitEvery;

    /// <summary>Segments a bulk indexing run merges the index down to (0: leave it to the merge policy).</summary>
    public int MergeTo { get; set; } = ArticleIndexer.DefaultMergeTo;

    /// <summary>
    /// Index size (documents) from which a search's passes are split into one document range per core and
    /// searched at once (<c>Searching.SplitSearch</c>); below it a search runs on its own thread.
    /// </summary>
    public int SplitSearchFromDocuments { get; set; } = 100_000;

    /// <summary>Document ranges a split search runs at once (0: one per core), shared among the searches running at the moment.</summary>
    public int SplitSearchParts { get; set; }

    /// <summary>
    /// Extensions of the index files kept in memory while served, comma-separated ("" keeps none): populated once per
    /// segment in the background and mapped for as long as the segment is served, so a search does not wait on the
    /// disk after the kernel dropped pages nobody had mapped (<c>Searching.ResidentIndexFiles</c>, Linux only). They
    /// count in the RSS. None by default: at 1M on a loaded machine it changed no percentile and cost 654 MiB of RSS
    /// (scripts/bench/results/2026-11-29/1m-tail.md). Where the host's proactive reclaim drops index pages, keep what
    /// every search reads: "tim,doc,dvd,nvd,cfs" (terms, postings, doc values, norms, small compound segments).
    /// </summary>
    public string ResidentFiles { get; set; } = "";

    /// <summary>
    /// Extensions of the index files read a few pages at a time at random places, comma-separated ("" for none): a page
    /// not in memory then costs one small read instead of the disk's whole read-ahead (<c>Searching.ResidentIndexFiles</c>,
    /// Linux only). Candidates: the stored fields (.fdt), read for a page of hits only. None by default: at 1M, "fdt" made
    /// more, smaller reads and no measurable difference (scripts/bench/results/2026-11-29/1m-tail.md).
    /// </summary>
    public string RandomReadFiles { get; set; } = "";
}
