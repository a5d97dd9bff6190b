namespace Search.Core.Metadata;

/// <summary>
/// What segmenting a run taught the learning pass (its place and organisation names' spelling features, the names
/// after their cues), remembered by the run as written. A segmenter that knows no person yet (the learning pass's)
/// cuts a run by its tokens alone (text, space before, sentence start), whether the token after it is a full stop
/// (an initial's), and which of its words the word statistics call ordinary; nothing else. The same runs come back
/// all through an archive ("Polda Metro Jaya", "KPK", "DKI Jakarta"), and looking one up costs a fraction of cutting
/// it again. One per thread; emptied when full.
/// </summary>
internal sealed class RunOutcomes
{
    /// <summary>Runs remembered at most (a few megabytes).</summary>
    public const int Capacity = 16_384;

    /// <summary>A token this long or longer is not remembered: its length is one character of the key.</summary>
    private const int LongestToken = char.MaxValue;

    private readonly Dictionary<string, Outcome> known = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Outcome>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private char[] key = new char[256];

    private int keyLength = -1;

    public RunOutcomes()
    {
        bySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Runs remembered now.</summary>
    public int Count => known.Count;

    /// <summary>
    /// The outcome remembered for the run, whose words have the counts <paramref name="counts"/> (one per word token,
    /// as <see cref="ObservedLine.Snapshot"/> keeps them); null when unknown, and then <see cref="Remember"/> keeps the
    /// outcome found for it.
    /// </summary>
    public Outcome? Find(IReadOnlyList<TextToken> tokens, NameRun run, ReadOnlySpan<WordCounts> counts)
    {
        keyLength = Key(tokens, run, counts);
        return keyLength >= 0 && bySpan.TryGetValue(key.AsSpan(0, keyLength), out var outcome) ? outcome : null;
    }

    /// <summary>Remembers the outcome of the run last passed to <see cref="Find"/>.</summary>
    public void Remember(Outcome outcome)
    {
        if (keyLength < 0)
        {
            return;
        }

        if (known.Count >= Capacity)
        {
            known.Clear();
        }

        known[new string(key, 0, keyLength)] = outcome;
    }

    /// <summary>
    /// The run as the segmenter sees it: per token its length, a flag character (space before, sentence start,
    /// ordinary word) and its text; then whether a full stop follows. Lengths make the key unambiguous. -1 for a
    /// run with a token too long to write so.
    /// </summary>
    private int Key(IReadOnlyList<TextToken> tokens, NameRun run, ReadOnlySpan<WordCounts> counts)
    {
        var length = 0;
        var k = 0;
        for (var i = run.Start; i < run.End; i++)
        {
            var token = tokens[i];
            if (token.Text.Length >= LongestToken)
            {
                return -1;
            }

            var ordinary = token.IsWord && IsOrdinary(counts[k++]);
            Reserve(length + token.Text.Length + 2);
            key[length++] = (char)token.Text.Length;
            key[length++] = (char)('0' + (token.SpaceBefore ? 1 : 0) + (token.SentenceStart ? 2 : 0) + (ordinary ? 4 : 0));
            token.Text.CopyTo(key.AsSpan(length));
            length += token.Text.Length;
        }

        Reserve(length + 1);
        key[length++] = run.End < tokens.Count && tokens[run.End].Text == "." ? '.' : ' ';
        return length;
    }

    /// <summary>As <see cref="WordCaseStatistics.IsOrdinaryWord"/> with its defaults answers for a word with these counts.</summary>
    private static bool IsOrdinary(WordCounts counts) => counts.Lower >= 2 && counts.Lower >= counts.Capitalised + counts.Capitals;

    private void Reserve(int length)
    {
        if (length > key.Length)
        {
            Array.Resize(ref key, Math.Max(length, key.Length * 2));
        }
    }

    /// <summary>What one run taught: the features of its place and organisation names, and the names after their cues, in order.</summary>
    internal sealed record Outcome(List<string>[] OtherNameFeatures, string[] Dedications)
    {
        public static Outcome None { get; } = new([], []);
    }
}
