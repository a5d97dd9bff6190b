using Lucene.Net.Analysis;
using Search.Core.Metadata;

namespace Search.Core.Indexing;

/// <summary>
/// The topic model trained by the indexer's <c>train-topics</c> lives in the index root (beside the live index
/// or its generations, so rebuilds keep it); indexer and API read it with the index's own analysis chain.
/// It is derived from the training articles and is never part of the repository.
/// </summary>
public static class TopicModelStore
{
    public const string FileName = "topics.model";

    public static string PathFor(string indexRoot) => Path.Combine(indexRoot, FileName);

    public static void Save(TopicModel model, string indexRoot)
    {
        Directory.CreateDirectory(indexRoot);
        var target = PathFor(indexRoot);
        var temporary = target + ".tmp";
        using (var stream = File.Create(temporary))
        {
            model.WriteTo(stream);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The model in the index root, or null when none was trained (the keyword lists then decide).</summary>
    /// <param name="analyzer">The stemmed text chain of the index (<see cref="Analysis.TextAnalysis.Stemmed"/>).</param>
    public static TopicModel? Load(string indexRoot, Analyzer analyzer)
    {
        var path = PathFor(indexRoot);
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        return TopicModel.ReadFrom(stream, analyzer);
    }
}
