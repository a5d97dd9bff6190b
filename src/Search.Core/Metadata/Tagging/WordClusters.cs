namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The distributional class of each word the archive uses often (see <see cref="WordClusterBuilder"/>):
/// a fine and a coarse cluster number, 1-based, so that 0 means "not clustered". Stored inside the
/// tagger whose features were trained with them. Immutable.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, (ushort Fine, ushort Coarse)> clusters;

    internal WordClusters(Dictionary<string, (ushort Fine, ushort Coarse)> clusters) => this.clusters = clusters;

    public static WordClusters Empty { get; } = new(new Dictionary<string, (ushort, ushort)>(StringComparer.Ordinal));

    /// <summary>How many words have a cluster.</summary>
    public int Count => clusters.Count;

    /// <summary>The clusters of a case-folded word; (0, 0) when it has none.</summary>
    public (uint Fine, uint Coarse) Of(string key) =>
        clusters.TryGetValue(key, out var c) ? ((uint)c.Fine + 1, (uint)c.Coarse + 1) : (0, 0);

    internal void Write(BinaryWriter writer)
    {
        writer.Write(clusters.Count);
        foreach (var (word, (fine, coarse)) in clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(fine);
            writer.Write(coarse);
        }
    }

    internal static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var clusters = new Dictionary<string, (ushort, ushort)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            clusters[reader.ReadString()] = (reader.ReadUInt16(), reader.ReadUInt16());
        }

        return new WordClusters(clusters);
    }
}
