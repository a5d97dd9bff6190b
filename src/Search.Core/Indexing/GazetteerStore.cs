using Search.Core.Metadata;

namespace Search.Core.Indexing;

/// <summary>
/// The person gazetteer learned by the indexer lives beside the index it was learned for, so the API
/// tags drafts and resolves aliases with the same knowledge.
/// </summary>
public static class GazetteerStore
{
    public const string FileName = "persons.gazetteer";

    public static void Save(PersonGazetteer gazetteer, string indexPath)
    {
        var target = Path.Combine(indexPath, FileName);
        var temporary = target + ".tmp";
        using (var stream = File.Create(temporary))
        {
            gazetteer.WriteTo(stream);
        }
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The gazetteer beside the index, or the built-in one (aliases only) when there is none.</summary>
    public static PersonGazetteer Load(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        if (!File.Exists(path))
        {
            return PersonGazetteer.Default;
        }
        using var stream = File.OpenRead(path);
        return PersonGazetteer.ReadFrom(stream);
    }
}
