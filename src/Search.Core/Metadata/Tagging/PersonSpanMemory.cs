namespace Search.Core.Metadata.Tagging;

/// <summary>
/// What the labelled training sentences said about names, remembered whole: how often a stretch of words was
/// labelled a person and how often another entity (a place, an organisation, a work), and the same for each
/// word inside such spans. The token tagger weighs each word in its context; this lets the second stage
/// (<see cref="PersonSpanFilter"/>) ask whether the very name was a person or a place elsewhere. Keys are the
/// tokens' look-up forms (lower case) joined by spaces. Immutable once learned.
/// </summary>
internal sealed class PersonSpanMemory
{
    private readonly Dictionary<string, (int Person, int Other)> spans;

    private readonly Dictionary<string, (int Person, int Other)> words;

    private PersonSpanMemory(Dictionary<string, (int Person, int Other)> spans, Dictionary<string, (int Person, int Other)> words)
    {
        this.spans = spans;
        this.words = words;
    }

    public static PersonSpanMemory Empty { get; } = new([], []);

    /// <summary>Names remembered whole.</summary>
    public int Count => spans.Count;

    /// <summary>Counts the labelled spans of the sentences (persons against every other type).</summary>
    public static PersonSpanMemory Learn(IEnumerable<AnnotatedSentence> sentences)
    {
        var spans = new Dictionary<string, (int Person, int Other)>(StringComparer.Ordinal);
        var words = new Dictionary<string, (int Person, int Other)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var tokens = TextTokenizer.Tokenize(sentence.Text).ToList();
            foreach (var span in sentence.Spans)
            {
                var start = tokens.FindIndex(t => t.End > span.Start);
                var end = tokens.FindLastIndex(t => t.Start < span.Start + span.Length) + 1;
                if (start < 0 || end <= start)
                {
                    continue;
                }

                var person = span.Type == "PERSON";
                Tally(spans, Key(tokens, start, end), person);
                foreach (var word in tokens.Skip(start).Take(end - start).Where(t => t.IsWord).Select(t => t.Key).Distinct(StringComparer.Ordinal))
                {
                    Tally(words, word, person);
                }
            }
        }

        return new PersonSpanMemory(spans, words);
    }

    /// <summary>How often the tokens <c>[start, end)</c>, exactly, were labelled a person and another entity.</summary>
    public (int Person, int Other) Span(IReadOnlyList<TextToken> tokens, int start, int end) => spans.GetValueOrDefault(Key(tokens, start, end));

    /// <summary>How often a word (its look-up form) stood inside a person's span and inside another entity's.</summary>
    public (int Person, int Other) Word(string key) => words.GetValueOrDefault(key);

    public void Write(BinaryWriter writer)
    {
        Write(writer, spans);
        Write(writer, words);
    }

    public static PersonSpanMemory Read(BinaryReader reader) => new(ReadCounts(reader), ReadCounts(reader));

    private static string Key(IReadOnlyList<TextToken> tokens, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => tokens[i].Key));

    private static void Tally(Dictionary<string, (int Person, int Other)> counts, string key, bool person)
    {
        var (p, o) = counts.GetValueOrDefault(key);
        counts[key] = person ? (p + 1, o) : (p, o + 1);
    }

    private static void Write(BinaryWriter writer, Dictionary<string, (int Person, int Other)> counts)
    {
        writer.Write(counts.Count);
        foreach (var (key, (person, other)) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(person);
            writer.Write(other);
        }
    }

    private static Dictionary<string, (int Person, int Other)> ReadCounts(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var counts = new Dictionary<string, (int Person, int Other)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            counts[reader.ReadString()] = (reader.ReadInt32(), reader.ReadInt32());
        }

        return counts;
    }
}
