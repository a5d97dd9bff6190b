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
    /// count in the RSS: the default leaves out the stored fields (.fdt) and positions (.pos, .pay), which a search
    /// reads only for its page of hits and its phrases.
    /// </summary>
    public string ResidentFiles { get; set; } = DefaultResidentFiles;

    /// <summary>Terms dictionary, postings, doc values, norms and small compound segments.</summary>
    public const string DefaultResidentFiles = "tim,doc,dvd,nvd,cfs";

    /// <summary>
    /// Extensions of the index files read a few pages at a time at random places, comma-separated ("" for none): a page
    /// not in memory then costs one small read instead of the disk's whole read-ahead (<c>Searching.ResidentIndexFiles</c>,
    /// Linux only). The stored fields (.fdt): a search reads them for its page of hits only.
    /// </summary>
    public string RandomReadFiles { get; set; } = "fdt";
}
