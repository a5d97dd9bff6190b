namespace Search.Core.Metadata;

/// <summary>
/// In how many articles each capitalised word, and each pair of capitalised words side by side, is written inside a
/// capitalised run, counted by the learning pass (<see cref="PersonGazetteerBuilder"/>). It tells a surname the press
/// writes alone after a full name from a person known by one name: "Rossi" stands in 4 of 5 of its articles beside
/// "Valentino Rossi", so it is Valentino Rossi even where a story names him so alone, though "kata Rossi" is cued
/// far more often than "kata Valentino Rossi"; "Soeharto" mostly stands alone, whatever his son "Tommy Soeharto"
/// is cued. Pairs seen in one article only are dropped every <see cref="PruneEvery"/> articles, so memory stays
/// bounded by the pairs that recur; the counts do not depend on the threads that read the articles.
/// </summary>
internal sealed class NameCooccurrence
{
    private const int PruneEvery = 20_000;

    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);

    private readonly Dictionary<(string, string), int> pairs = [];

    private readonly HashSet<string> articleWords = new(StringComparer.Ordinal);

    private readonly HashSet<(string, string)> articlePairs = [];

    private int article = -1;

    private int articles;

    /// <summary>Adds the runs of one line of article number <paramref name="articleNumber"/>; lines come in the order of the text.</summary>
    public void Read(ObservedLine line, int articleNumber)
    {
        if (articleNumber != article)
        {
            Flush();
            article = articleNumber;
        }

        var tokens = line.Tokens;
        foreach (var run in line.Runs)
        {
            string? previous = null;
            for (var i = run.Start; i < run.End; i++)
            {
                var token = tokens[i];
                if (!token.IsWord)
                {
                    continue;
                }

                articleWords.Add(token.Key);
                if (previous is not null)
                {
                    articlePairs.Add((previous, token.Key));
                }

                previous = token.Key;
            }
        }
    }

    /// <summary>
    /// The share of the articles writing <paramref name="word"/> (lower case) in which it stands beside the word next to it
    /// in one of <paramref name="spellings"/> (the full name it ends or begins); 0 when it was never seen.
    /// </summary>
    public double Share(string word, IEnumerable<string> spellings)
    {
        Flush();
        if (!words.TryGetValue(word, out var alone))
        {
            return 0;
        }

        var together = 0;
        foreach (var spelling in spellings)
        {
            var parts = spelling.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pair = parts.Length < 2 ? default
                : parts[^1] == word ? (parts[^2], word)
                : parts[0] == word ? (word, parts[1])
                : default;
            together = Math.Max(together, pair.Item1 is null ? 0 : pairs.GetValueOrDefault(pair));
        }

        return (double)together / alone;
    }

    private void Flush()
    {
        if (article < 0)
        {
            return;
        }

        foreach (var word in articleWords)
        {
            words[word] = words.GetValueOrDefault(word) + 1;
        }

        foreach (var pair in articlePairs)
        {
            pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
        }

        articleWords.Clear();
        articlePairs.Clear();
        article = -1;
        if (++articles % PruneEvery == 0)
        {
            foreach (var once in pairs.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToList())
            {
                pairs.Remove(once);
            }
        }
    }
}
