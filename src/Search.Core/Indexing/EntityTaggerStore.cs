using Search.Core.Metadata.Tagging;

namespace Search.Core.Indexing;

/// <summary>
/// The trained entity tagger lives in the index root, beside the generations, so a rebuild keeps
/// it; the indexer and the API load it from there. It is learned from third-party labelled data
/// and is never part of the repository.
/// </summary>
public static class EntityTaggerStore
{
    public const string FileName = "entities.tagger";

    public static string PathFor(string indexRoot) => Path.Combine(indexRoot, FileName);

    public static void Save(EntityTagger tagger, string indexRoot)
    {
        Directory.CreateDirectory(indexRoot);
        var target = PathFor(indexRoot);
        var temporary = target + ".tmp";
        using (var stream = File.Create(temporary))
        {
            tagger.WriteTo(stream);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The tagger in the index root; null when none was trained (extraction then rests on the rules).</summary>
    /// <exception cref="InvalidDataException">The file is not an entity tagger.</exception>
    public static EntityTagger? Load(string indexRoot)
    {
        var path = PathFor(indexRoot);
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        return EntityTagger.ReadFrom(stream);
    }
}
