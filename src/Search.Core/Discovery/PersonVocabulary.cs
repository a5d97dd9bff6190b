using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Discovery;

/// <summary>
/// The persons an index snapshot knows (every value of the person facet), and which of them a text
/// names: whole-word, case-insensitive, longest name first. Built once per reader and cached with it.
/// </summary>
public sealed class PersonVocabulary
{
    private static readonly ConditionalWeakTable<IndexReader, PersonVocabulary> Cache = new();

    /// <summary>Names by their first word, longest first.</summary>
    private readonly Dictionary<string, List<(string[] Words, string Name)>> byFirstWord = new(StringComparer.Ordinal);

    private PersonVocabulary(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var words = Words(name).ToArray();
            if (words.Length == 0)
            {
                continue;
            }
            if (!byFirstWord.TryGetValue(words[0], out var entries))
            {
                byFirstWord[words[0]] = entries = [];
            }
            entries.Add((words, name));
        }
        foreach (var entries in byFirstWord.Values)
        {
            entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length) is var c and not 0 ? c : string.CompareOrdinal(a.Name, b.Name));
        }
    }

    public static PersonVocabulary Of(IndexReader reader) => Cache.GetValue(reader, r => new PersonVocabulary(Names(r)));

    /// <summary>A vocabulary of the given names (tests, and drafts checked against a fixed list).</summary>
    public static PersonVocabulary From(IEnumerable<string> names) => new(names.Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>The known persons the text names, in order of first mention.</summary>
    public IReadOnlyList<string> FindIn(string text)
    {
        var words = Words(text).ToArray();
        var found = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var entries))
            {
                continue;
            }
            foreach (var (nameWords, name) in entries)
            {
                if (i + nameWords.Length <= words.Length && words.AsSpan(i, nameWords.Length).SequenceEqual(nameWords))
                {
                    if (!found.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        found.Add(name);
                    }
                    i += nameWords.Length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static IEnumerable<string> Names(IndexReader reader)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(FacetDimensions.Person);
            if (values is null)
            {
                continue;
            }
            var terms = values.GetTermsEnum();
            while (terms.MoveNext())
            {
                names.Add(terms.Term.Utf8ToString());
            }
        }
        return names.Order(StringComparer.Ordinal);
    }

    /// <summary>Runs of letters and digits, lower case.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
