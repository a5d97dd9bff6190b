using Search.Evaluation.Corpus;

namespace Search.Evaluation.Morphology;

/// <summary>
/// The reference root of corpus words, independent of every stemmer under evaluation: a word's
/// root is the one root of an evaluation-only lexicon (kata-dasar.txt) from which
/// <see cref="AffixFormGenerator"/> produces it. Words produced from two roots, and derived words
/// the lexicon also lists as roots of their own, are ambiguous and get no reference root.
/// </summary>
public sealed class RootOracle
{
    private readonly Dictionary<string, string> _rootOf;
    private readonly Dictionary<string, List<string>> _formsOf;

    private RootOracle(Dictionary<string, string> rootOf)
    {
        _rootOf = rootOf;
        _formsOf = rootOf.GroupBy(pair => pair.Value, pair => pair.Key)
            .ToDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Roots { get; private init; } = new HashSet<string>();

    /// <summary>Words of the vocabulary with a reference root (roots themselves included).</summary>
    public IEnumerable<string> Words => _rootOf.Keys;

    public string? RootOf(string word) => _rootOf.GetValueOrDefault(word);

    /// <summary>The corpus forms of a root, in ordinal order (the root itself included when it occurs).</summary>
    public IReadOnlyList<string> FormsOf(string root) => _formsOf.TryGetValue(root, out var forms) ? forms : [];

    public static RootOracle Build(string lexiconPath, Vocabulary vocabulary)
    {
        var roots = File.ReadLines(lexiconPath)
            .Select(line => line.Trim().ToLowerInvariant())
            .Where(root => root.Length >= 3 && root.All(char.IsAsciiLetterLower))
            .ToHashSet(StringComparer.Ordinal);
        var rootOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var form in AffixFormGenerator.Forms(root).Where(vocabulary.Contains))
            {
                if (roots.Contains(form) || (rootOf.TryGetValue(form, out var other) && other != root))
                {
                    ambiguous.Add(form);
                }

                rootOf[form] = root;
            }
        }

        foreach (var root in roots.Where(vocabulary.Contains))
        {
            rootOf.TryAdd(root, root);
        }

        foreach (var word in ambiguous)
        {
            rootOf.Remove(word);
        }

        return new RootOracle(rootOf) { Roots = roots };
    }
}
