using System.Text;
using Lucene.Net.Analysis;

namespace Search.Core.Metadata;

/// <summary>
/// Writes and reads a <see cref="TopicModel"/> as one little-endian binary file: a header line, the
/// algorithm and reading settings, the topics, then per feature its text, idf (tf-idf models) and one
/// weight per topic, then the biases. Written by the indexer's <c>train-topics</c>, read by indexer and API.
/// </summary>
internal static class TopicModelFile
{
    /// <summary>
    /// Version 4 adds the neighbour articles after the biases; version 3 added the lead weight after the host × term flag;
    /// version 2 added those flags after the bigram flag; versions 1 to 3 are still read.
    /// </summary>
    private const string Header = "search-topic-model 4";

    private const string HeaderVersion3 = "search-topic-model 3";

    private const string HeaderVersion2 = "search-topic-model 2";

    private const string HeaderVersion1 = "search-topic-model 1";

    public static void Write(TopicModel model, Stream stream)
    {
        using var writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Header);
        writer.Write((int)model.Algorithm);
        writer.Write(model.Features.TitleWeight);
        writer.Write(model.Features.Bigrams);
        writer.Write(model.Features.Source);
        writer.Write(model.Features.SourceTerms);
        writer.Write(model.Features.LeadWeight);
        writer.Write(model.Idf is not null);
        writer.Write(model.Topics.Count);
        foreach (var topic in model.Topics)
        {
            writer.Write(topic);
        }

        var k = model.Topics.Count;
        writer.Write(model.VocabularySize);
        foreach (var (feature, id) in model.Vocabulary.OrderBy(kv => kv.Value))
        {
            writer.Write(feature);
            if (model.Idf is { } idf)
            {
                writer.Write(idf[id]);
            }

            foreach (var weight in model.Weights.Slice(id * k, k))
            {
                writer.Write(weight);
            }
        }

        foreach (var bias in model.Bias)
        {
            writer.Write(bias);
        }

        WriteNeighbours(writer, model.Neighbours);
    }

    /// <summary>How many vote (0: no neighbours), their weight, the sites, then per article its site, topic and text vector (ids ascending, each as the gap from the previous).</summary>
    private static void WriteNeighbours(BinaryWriter writer, TopicNeighbours? neighbours)
    {
        writer.Write(neighbours?.Count ?? 0);
        if (neighbours is null)
        {
            return;
        }

        writer.Write(neighbours.Weight);
        writer.Write(neighbours.Sites.Count);
        foreach (var site in neighbours.Sites)
        {
            writer.Write(site);
        }

        writer.Write(neighbours.Topic.Length);
        for (var d = 0; d < neighbours.Topic.Length; d++)
        {
            writer.Write7BitEncodedInt(neighbours.Site[d]);
            writer.Write7BitEncodedInt(neighbours.Topic[d]);
            var entries = Enumerable.Range(neighbours.Start[d], neighbours.Start[d + 1] - neighbours.Start[d]).OrderBy(i => neighbours.Index[i]).ToList();
            writer.Write7BitEncodedInt(entries.Count);
            var previous = 0;
            foreach (var i in entries)
            {
                writer.Write7BitEncodedInt(neighbours.Index[i] - previous);
                writer.Write(neighbours.Value[i]);
                previous = neighbours.Index[i];
            }
        }
    }

    private static TopicNeighbours? ReadNeighbours(BinaryReader reader, int features, int topics)
    {
        var count = Count(reader.ReadInt32(), 0, 10_000, "neighbours");
        if (count == 0)
        {
            return null;
        }

        var weight = reader.ReadSingle();
        var sites = Enumerable.Range(0, Count(reader.ReadInt32(), 1, 100_000, "sites")).Select(_ => reader.ReadString()).ToList();
        var articles = Count(reader.ReadInt32(), 1, 100_000_000, "neighbour articles");
        var (site, topic, start) = (new int[articles], new int[articles], new int[articles + 1]);
        var (index, value) = (new List<int>(), new List<float>());
        for (var d = 0; d < articles; d++)
        {
            site[d] = reader.Read7BitEncodedInt();
            topic[d] = Count(reader.Read7BitEncodedInt(), 0, topics - 1, "as a neighbour's topic");
            var previous = 0;
            for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
            {
                previous += reader.Read7BitEncodedInt();
                index.Add(previous);
                value.Add(reader.ReadSingle());
            }

            start[d + 1] = index.Count;
        }

        return new TopicNeighbours(count, weight, features, sites, site, topic, start, [.. index], [.. value]);
    }

    public static TopicModel Read(Stream stream, Analyzer analyzer)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var header = reader.ReadString();
            if (header != Header && header != HeaderVersion3 && header != HeaderVersion2 && header != HeaderVersion1)
            {
                throw new InvalidDataException($"Not a topic model file: it must start with '{Header}'.");
            }

            var algorithm = (TopicAlgorithm)reader.ReadInt32();
            if (!Enum.IsDefined(algorithm))
            {
                throw new InvalidDataException($"The topic model names an unknown algorithm ({(int)algorithm}).");
            }

            var titleWeight = reader.ReadSingle();
            var bigrams = reader.ReadBoolean();
            var source = header != HeaderVersion1 && reader.ReadBoolean();
            var sourceTerms = header != HeaderVersion1 && reader.ReadBoolean();
            var leadWeight = header is Header or HeaderVersion3 ? reader.ReadSingle() : 0;
            var features = new TopicFeatureExtractor(analyzer, titleWeight, bigrams, source, sourceTerms, leadWeight);
            var tfIdf = reader.ReadBoolean();
            var topics = Enumerable.Range(0, Count(reader.ReadInt32(), 1, 256, "topics")).Select(_ => reader.ReadString()).ToList();
            var k = topics.Count;
            var size = Count(reader.ReadInt32(), 0, int.MaxValue / 256, "features");
            var vocabulary = new Dictionary<string, int>(size, StringComparer.Ordinal);
            var idf = tfIdf ? new float[size] : null;
            var weights = new float[size * k];
            for (var id = 0; id < size; id++)
            {
                vocabulary.Add(reader.ReadString(), id);
                if (idf is not null)
                {
                    idf[id] = reader.ReadSingle();
                }

                for (var t = 0; t < k; t++)
                {
                    weights[(id * k) + t] = reader.ReadSingle();
                }
            }

            var bias = Enumerable.Range(0, k).Select(_ => reader.ReadSingle()).ToArray();
            var neighbours = header == Header ? ReadNeighbours(reader, size, k) : null;
            return new TopicModel(algorithm, features, topics, vocabulary, idf, weights, bias, neighbours);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The topic model file is truncated.", ex);
        }
    }

    private static int Count(int value, int min, int max, string what) =>
        value >= min && value <= max ? value : throw new InvalidDataException($"The topic model file gives {value} {what}; expected {min} to {max}.");
}
