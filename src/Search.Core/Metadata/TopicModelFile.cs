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
    /// <summary>Version 3 adds the lead weight after the host × term flag; version 2 added those flags after the bigram flag; versions 1 and 2 are still read.</summary>
    private const string Header = "search-topic-model 3";

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
    }

    public static TopicModel Read(Stream stream, Analyzer analyzer)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var header = reader.ReadString();
            if (header != Header && header != HeaderVersion2 && header != HeaderVersion1)
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
            var leadWeight = header == Header ? reader.ReadSingle() : 0;
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
            return new TopicModel(algorithm, features, topics, vocabulary, idf, weights, bias);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The topic model file is truncated.", ex);
        }
    }

    private static int Count(int value, int min, int max, string what) =>
        value >= min && value <= max ? value : throw new InvalidDataException($"The topic model file gives {value} {what}; expected {min} to {max}.");
}
