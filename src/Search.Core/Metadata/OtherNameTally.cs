using System.Runtime.InteropServices;

namespace Search.Core.Metadata;

/// <summary>
/// The place and organisation names the learning pass reads, as the spelling model's examples of names that are no
/// person's. Each name's feature list (shared by its mentions, see
/// <see cref="NameSpellingModel.FeaturesOf(List{string}, Dictionary{string, List{string}})"/>) is added to the model once,
/// weighted by its mentions: the counts of adding every mention, and the same order of new features (a feature comes
/// with the first name that has it, names in order). The lists go into the model whenever <paramref name="held"/> of
/// them are held, and at the end: holding every list to the end kept every name's features, over 2 GB at a million
/// articles. Nothing reads the model before the gazetteer is built, and counts add up the same in any grouping.
/// </summary>
internal sealed class OtherNameTally(NameSpellingModel spelling, int held = OtherNameTally.DefaultHeld)
{
    public const int DefaultHeld = 32_768;

    private readonly Dictionary<List<string>, int> mentions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Feature lists held, not yet in the model.</summary>
    public int Count => mentions.Count;

    public void Add(List<string> features)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(mentions, features, out _)++;
        if (mentions.Count >= held)
        {
            Flush();
        }
    }

    /// <summary>Adds the lists held to the model, in the order first met, and lets them go.</summary>
    public void Flush()
    {
        foreach (var (features, count) in mentions)
        {
            spelling.AddFeatures(false, features, count);
        }

        mentions.Clear();
    }
}
