using System.Collections.Frozen;
using System.Text;

namespace Search.Core.Analysis;

/// <summary>
/// Abbreviations, synonyms and informal spellings read at query time, loaded from a text file of
/// rules (the bundled <c>synonyms.txt</c> by default): <c>a, b, c</c> makes the forms equivalent,
/// <c>a, b =&gt; c</c> reads a and b as c. Forms are lower case, a form of several words is a phrase.
/// Immutable and thread-safe.
/// </summary>
public sealed class SynonymTable
{
    private readonly FrozenDictionary<string, string[]> _alternatives;

    private SynonymTable(Dictionary<string, string[]> alternatives)
    {
        _alternatives = alternatives.ToFrozenDictionary(StringComparer.Ordinal);
        MaxWords = alternatives.Count == 0 ? 0 : alternatives.Keys.Max(WordCount);
    }

    /// <summary>A table without rules.</summary>
    public static SynonymTable Empty { get; } = new([]);

    /// <summary>Words in the longest form; no longer run of query words needs to be looked up.</summary>
    public int MaxWords { get; }

    /// <summary>Number of forms that have alternatives.</summary>
    public int Count => _alternatives.Count;

    /// <summary>
    /// What a form (one or more lower-case words separated by single spaces) may be read as: for an
    /// equivalence the form itself first, then the others in file order; for a one-way rule only the
    /// target. Null when the form has no rule.
    /// </summary>
    public IReadOnlyList<string>? AlternativesOf(string form) => _alternatives.GetValueOrDefault(form);

    /// <summary>The rules of a file, or <see cref="Empty"/> when it does not exist.</summary>
    public static SynonymTable Load(string? path) =>
        path is not null && File.Exists(path) ? Parse(File.ReadLines(path, Encoding.UTF8)) : Empty;

    /// <summary>The rules of the given lines (the file format above).</summary>
    /// <exception cref="FormatException">A line has an empty form.</exception>
    public static SynonymTable Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var alternatives = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var sources = Forms(arrow < 0 ? line : line[..arrow], number);
            if (arrow < 0)
            {
                foreach (var form in sources)
                {
                    Add(alternatives, form, [form, .. sources.Where(other => other != form)]);
                }
            }
            else
            {
                var targets = Forms(line[(arrow + 2)..], number);
                foreach (var form in sources)
                {
                    Add(alternatives, form, targets);
                }
            }
        }

        return new SynonymTable(alternatives.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, List<string>> alternatives, string form, IEnumerable<string> readings)
    {
        if (!alternatives.TryGetValue(form, out var list))
        {
            alternatives[form] = list = [];
        }

        foreach (var reading in readings)
        {
            if (!list.Contains(reading, StringComparer.Ordinal))
            {
                list.Add(reading);
            }
        }
    }

    private static List<string> Forms(string text, int line)
    {
        var forms = text.Split(',').Select(Normalize).ToList();
        if (forms.Count == 0 || forms.Any(form => form.Length == 0))
        {
            throw new FormatException($"Synonym rule on line {line} has an empty form.");
        }

        return forms;
    }

    private static string Normalize(string form) =>
        string.Join(' ', form.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int WordCount(string form) => form.Count(c => c == ' ') + 1;
}
