using System.Text.RegularExpressions;

namespace Search.Evaluation.Relevance;

/// <summary>
/// Full reduplications written in the corpus (anak-anak, rumah-rumah), by root, with the number of
/// articles that use each: the reduplicated variants a type (c) query may use.
/// </summary>
public sealed partial class ReduplicatedForms
{
    private readonly Dictionary<string, int> _documentFrequency;

    private ReduplicatedForms(Dictionary<string, int> documentFrequency) => _documentFrequency = documentFrequency;

    /// <summary>The reduplication of a root ("anak" → "anak-anak") and the articles that use it; 0 when none does.</summary>
    public int DocumentFrequency(string root) => _documentFrequency.GetValueOrDefault(root);

    /// <summary>Whether a text uses the reduplication of a root.</summary>
    public static bool Uses(string lowerCaseText, string root) =>
        lowerCaseText.Contains(root + "-" + root, StringComparison.Ordinal);

    public static ReduplicatedForms Build(IEnumerable<string> texts)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            seen.Clear();
            foreach (Match match in Full().Matches(text.ToLowerInvariant()))
            {
                if (seen.Add(match.Groups[1].Value))
                {
                    frequency[match.Groups[1].Value] = frequency.GetValueOrDefault(match.Groups[1].Value) + 1;
                }
            }
        }

        return new ReduplicatedForms(frequency);
    }

    [GeneratedRegex(@"\b([a-z]{3,})-\1\b")]
    private static partial Regex Full();
}
