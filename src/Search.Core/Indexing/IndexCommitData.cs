using System.Globalization;

namespace Search.Core.Indexing;

/// <summary>
/// What an indexer commit records about itself: how many input records of its run it covers, in input
/// order. A reader of the index after a crash learns exactly which records survived.
/// </summary>
public static class IndexCommitData
{
    /// <summary>Input records of the run read (and written or rejected) up to this commit.</summary>
    public const string Records = "records";

    public static Dictionary<string, string> For(int records) => new(StringComparer.Ordinal)
    {
        [Records] = records.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A number recorded under <paramref name="key"/>, or null when the commit has none.</summary>
    public static int? Read(IDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
