using System.Text.Json;

namespace Search.Core.Metadata;

/// <summary>
/// Scores how strongly an article's words speak for each topic, from the embedded
/// <c>TopicKeywords.json</c>. A keyword in the title counts 2; in the body it counts ln(1 + n) for n
/// occurrences, so one word repeated does not drown the rest. Phrases ("liga champions") match as a whole.
/// </summary>
internal sealed class TopicKeywordScorer
{
    private readonly Dictionary<string, List<(string[] Words, string Topic)>> byFirstWord = new(StringComparer.Ordinal);

    private TopicKeywordScorer()
    {
    }

    public static TopicKeywordScorer Parse(string json, IEnumerable<string> topics)
    {
        var known = topics.ToHashSet(StringComparer.Ordinal);
        var scorer = new TopicKeywordScorer();
        using var document = JsonDocument.Parse(json);
        foreach (var topic in document.RootElement.GetProperty("keywords").EnumerateObject())
        {
            if (!known.Contains(topic.Name))
            {
                throw new InvalidDataException($"TopicKeywords.json names an unknown topic '{topic.Name}'.");
            }

            foreach (var keyword in topic.Value.EnumerateArray())
            {
                var words = Words(keyword.GetString()!);
                if (words.Count > 0)
                {
                    (scorer.byFirstWord.TryGetValue(words[0], out var list) ? list : scorer.byFirstWord[words[0]] = []).Add((words.ToArray(), topic.Name));
                }
            }
        }

        return scorer;
    }

    /// <summary>Raw score per topic (topics without a keyword in the article are absent).</summary>
    public Dictionary<string, double> Score(string? title, string body)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ((topic, _), count) in Count(title ?? string.Empty))
        {
            scores[topic] = scores.GetValueOrDefault(topic) + (2.0 * Math.Min(count, 2));
        }

        foreach (var ((topic, _), count) in Count(body))
        {
            scores[topic] = scores.GetValueOrDefault(topic) + Math.Log(1 + count);
        }

        return scores;
    }

    /// <summary>How often each (topic, keyword) occurs in the text.</summary>
    private Dictionary<(string Topic, string Keyword), int> Count(string text)
    {
        var counts = new Dictionary<(string, string), int>();
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (keyword, topic) in candidates)
            {
                if (StartsAt(words, i, keyword))
                {
                    var key = (topic, string.Join(' ', keyword));
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }

    private static bool StartsAt(List<string> words, int i, string[] keyword)
    {
        if (i + keyword.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < keyword.Length; k++)
        {
            if (!string.Equals(words[i + k], keyword[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Words(string text) =>
        TextTokenizer.Tokenize(text).Where(t => t.IsWord || t.Text == "-").Select(t => t.Text.ToLowerInvariant()).ToList();
}
