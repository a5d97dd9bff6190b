using System.Text;

namespace Search.Core.Metadata.Tagging;

/// <summary>
/// The stored form of an <see cref="EntityTagger"/>: a header, the description, the tags, the
/// transition weights, the word clusters, the second stage over person spans if it was trained with one
/// (<see cref="PersonSpanFilter"/>), then only the feature rows that carry a weight (row number and its
/// weights, three blocks of one per tag), little-endian. Version 2 files (before the second stage) are still
/// read, and version 1 files (before the clusters and the case blocks): their weights become the shared block.
/// </summary>
internal static class EntityTaggerFile
{
    private const string Header = "search-entity-tagger 3";

    /// <summary>The second version: no second stage (<see cref="PersonSpanFilter"/>) after the clusters.</summary>
    private const string HeaderV2 = "search-entity-tagger 2";

    /// <summary>The first version: one weight per tag and row (the shared block alone), no clusters.</summary>
    private const string HeaderV1 = "search-entity-tagger 1";

    public static void Write(EntityTagger tagger, Stream stream)
    {
        var model = tagger.Model;
        var t = model.Tags.Count;
        var width = model.RowWidth;
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Header);
        writer.Write(tagger.Description);
        writer.Write(FeatureHash.Bits);
        writer.Write(t);
        foreach (var tag in model.Tags)
        {
            writer.Write(tag);
        }

        foreach (var weight in model.Transitions)
        {
            writer.Write(weight);
        }

        tagger.Clusters.Write(writer);
        writer.Write(tagger.SpanFilter is not null);
        tagger.SpanFilter?.Write(writer);

        var rows = Enumerable.Range(0, FeatureHash.Rows).Where(r => model.Weights.AsSpan(r * width, width).IndexOfAnyExcept(0f) >= 0).ToList();
        writer.Write(rows.Count);
        foreach (var row in rows)
        {
            writer.Write(row);
            for (var k = 0; k < width; k++)
            {
                writer.Write(model.Weights[row * width + k]);
            }
        }
    }

    public static EntityTagger Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        string header;
        try
        {
            header = reader.ReadString();
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException)
        {
            throw new InvalidDataException($"Not an entity tagger file: it must start with '{Header}'.", ex);
        }

        if (header != Header && header != HeaderV2 && header != HeaderV1)
        {
            throw new InvalidDataException($"Not an entity tagger file: it must start with '{Header}'.");
        }

        var description = reader.ReadString();
        if (reader.ReadInt32() != FeatureHash.Bits)
        {
            throw new InvalidDataException("The entity tagger was written with another feature hash size; train it again.");
        }

        var t = reader.ReadInt32();
        var tags = Enumerable.Range(0, t).Select(_ => reader.ReadString()).ToArray();
        var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => reader.ReadSingle()).ToArray();
        var clusters = header != HeaderV1 ? WordClusters.Read(reader) : WordClusters.Empty;
        var filter = header == Header && reader.ReadBoolean() ? PersonSpanFilter.Read(reader) : null;
        var stored = header != HeaderV1 ? SequenceModel.Blocks * t : t;
        var width = SequenceModel.Blocks * t;
        var weights = new float[FeatureHash.Rows * width];
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var row = reader.ReadInt32();
            for (var k = 0; k < stored; k++)
            {
                weights[row * width + k] = reader.ReadSingle();
            }
        }

        return new EntityTagger(new SequenceModel(tags, weights, transitions).Freeze(), description, clusters, filter);
    }
}
