using System.Text.RegularExpressions;

namespace Search.Evaluation.Relevance;

/// <summary>
/// Person-like names in a text, by a rule independent of the product's entity extraction: runs of two
/// or three capitalised words that are not dictionary words (so "Presiden", "Jakarta Selatan" and
/// "Bank Indonesia" are cut away and "Joko Widodo", "Noor Rashid Ibrahim" stay), not at the start of a
/// sentence.
/// </summary>
public sealed partial class PersonNames(IReadOnlySet<string> dictionaryWords)
{
    /// <summary>Every name of the text with its count, in order of first appearance.</summary>
    public IReadOnlyList<(string Name, int Count)> In(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (Match sentence in Sentence().Matches(text))
        {
            var words = sentence.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var run = new List<string>();
            for (var i = 1; i < words.Length; i++)
            {
                var word = words[i].Trim(Punctuation);
                if (!IsNameWord(word))
                {
                    Flush(run, counts, order);
                    continue;
                }

                run.Add(word);
                if (word.Length != words[i].Length)
                {
                    Flush(run, counts, order);
                }
            }

            Flush(run, counts, order);
        }

        return order.Select(name => (name, counts[name])).ToList();
    }

    private static readonly char[] Punctuation = [',', ';', ':', '"', '(', ')', '\''];

    private bool IsNameWord(string word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && word.All(char.IsLetter)
        && !dictionaryWords.Contains(word.ToLowerInvariant());

    private static void Flush(List<string> run, Dictionary<string, int> counts, List<string> order)
    {
        if (run.Count is 2 or 3)
        {
            var name = string.Join(' ', run);
            if (counts.TryAdd(name, 1))
            {
                order.Add(name);
            }
            else
            {
                counts[name]++;
            }
        }

        run.Clear();
    }

    [GeneratedRegex(@"[^.!?\n]+")]
    private static partial Regex Sentence();
}
