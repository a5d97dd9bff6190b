namespace Search.Core.Metadata.Tagging;

/// <summary>
/// A linear-chain model over BIO tags: weights per (feature row, tag) and one per tag transition,
/// decoded with Viterbi. An I- tag may only follow the B- or I- tag of its own type. Each feature
/// row holds three blocks of tag weights: one for all text, one added only in text written with
/// capitals and one added only in truecased lower-case text ("frustratingly easy" domain
/// adaptation, Daumé 2007), side by side so that a row is still one memory read.
/// </summary>
internal sealed class SequenceModel
{
    public SequenceModel(IReadOnlyList<string> tags, float[] weights, float[] transitions)
    {
        Tags = tags;
        Weights = weights;
        Transitions = transitions;
        Allowed = new bool[(tags.Count + 1) * tags.Count];
        for (var from = 0; from <= tags.Count; from++)
        {
            for (var to = 0; to < tags.Count; to++)
            {
                var inside = tags[to].StartsWith("I-", StringComparison.Ordinal);
                Allowed[from * tags.Count + to] = !inside
                    || (from < tags.Count && tags[from].Length > 2 && tags[from][2..] == tags[to][2..]);
            }
        }
    }

    /// <summary>Tag names ("O", "B-PERSON", "I-PERSON", ...); tag 0 is "O", outside any entity.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Blocks of tag weights per feature row: shared, cased text, truecased text.</summary>
    public const int Blocks = 3;

    /// <summary>Row-major: the weights of feature row r are <c>[r * RowWidth, (r + 1) * RowWidth)</c>.</summary>
    public float[] Weights { get; }

    /// <summary><c>[from * Tags.Count + to]</c>; <c>from == Tags.Count</c> is the start of the line.</summary>
    public float[] Transitions { get; }

    /// <summary>Weights per feature row: <see cref="Blocks"/> blocks of one weight per tag.</summary>
    public int RowWidth => Blocks * Tags.Count;

    private bool[] Allowed { get; }

    /// <summary>Packed weights per kind of text once the model is trained (<see cref="Freeze"/>); null while training changes them.</summary>
    private EmissionTable?[]? packed;

    /// <summary>
    /// Packs the weights for decoding (<see cref="EmissionTable"/>): the tags decoded afterwards are exactly those
    /// decoded before. The weights must not change afterwards; a tagger read from a file is frozen.
    /// </summary>
    public SequenceModel Freeze()
    {
        packed = new EmissionTable?[Blocks];
        return this;
    }

    /// <summary>The block of a row that holds the weights for text of this kind (the shared block is 0).</summary>
    public static int BlockOf(bool truecased) => truecased ? 2 : 1;

    /// <summary>The best tag sequence for tokens with the given feature rows.</summary>
    public int[] Decode(ReadOnlySpan<int> rows, ReadOnlySpan<int> offsets, bool truecased)
    {
        var result = new int[offsets.Length - 1];
        Decode(rows, offsets, 0, result.Length, Tags.Count, false, truecased, result);
        return result;
    }

    /// <summary>
    /// The best tags of the <paramref name="n"/> tokens from <paramref name="first"/>, after tag
    /// <paramref name="before"/> (<c>Tags.Count</c>: the line starts here), and, when
    /// <paramref name="outsideAfter"/>, before a token outside any entity; <paramref name="truecased"/>
    /// picks the weights for lower-case text that was truecased. The tags are written into <paramref name="result"/>.
    /// </summary>
    /// <remarks>
    /// When <paramref name="margins"/> is not empty (one per token), each token's margin is written there too: the best
    /// score of a sequence that tags it as part of an entity less the best that tags it outside (max-marginals from
    /// a forward and a backward pass), positive where the decoded tag is an entity's.
    /// </remarks>
    public void Decode(ReadOnlySpan<int> rows, ReadOnlySpan<int> offsets, int first, int n, int before, bool outsideAfter, bool truecased, Span<int> result, Span<float> margins = default)
    {
        var t = Tags.Count;
        if (n == 0)
        {
            return;
        }

        var emissions = n * t <= 1024 ? stackalloc float[n * t] : new float[n * t];
        var score = n * t <= 1024 ? stackalloc float[n * t] : new float[n * t];
        var back = n * t <= 1024 ? stackalloc int[n * t] : new int[n * t];
        for (var i = 0; i < n; i++)
        {
            var emission = emissions.Slice(i * t, t);
            Emission(rows, offsets[first + i], offsets[first + i + 1], BlockOf(truecased) * t, emission);
            for (var to = 0; to < t; to++)
            {
                var best = float.NegativeInfinity;
                var from = -1;
                if (i == 0)
                {
                    best = Allowed[before * t + to] ? Transitions[before * t + to] : float.NegativeInfinity;
                    from = before;
                }
                else
                {
                    for (var k = 0; k < t; k++)
                    {
                        var s = score[(i - 1) * t + k];
                        if (Allowed[k * t + to] && s + Transitions[k * t + to] > best)
                        {
                            best = s + Transitions[k * t + to];
                            from = k;
                        }
                    }
                }

                score[i * t + to] = best + emission[to];
                back[i * t + to] = from;
            }
        }

        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var k = 0; k < t; k++)
        {
            var s = score[(n - 1) * t + k] + (outsideAfter ? Transitions[k * t] : 0);
            if (s > lastScore)
            {
                (last, lastScore) = (k, s);
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[i * t + last];
        }

        if (!margins.IsEmpty)
        {
            Margins(score, emissions, n, outsideAfter, margins);
        }
    }

    /// <summary>The forward scores plus the best completion of each (tag, token) by a backward pass, entity tags against "O".</summary>
    private void Margins(ReadOnlySpan<float> forward, ReadOnlySpan<float> emissions, int n, bool outsideAfter, Span<float> margins)
    {
        var t = Tags.Count;
        Span<float> after = stackalloc float[t];
        Span<float> next = stackalloc float[t];
        for (var k = 0; k < t; k++)
        {
            after[k] = outsideAfter ? Transitions[k * t] : 0;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var entity = float.NegativeInfinity;
            for (var k = 1; k < t; k++)
            {
                entity = Math.Max(entity, forward[i * t + k] + after[k]);
            }

            margins[i] = entity - (forward[i * t] + after[0]);
            if (i == 0)
            {
                break;
            }

            for (var k = 0; k < t; k++)
            {
                var best = float.NegativeInfinity;
                for (var to = 0; to < t; to++)
                {
                    if (Allowed[k * t + to])
                    {
                        best = Math.Max(best, Transitions[k * t + to] + emissions[i * t + to] + after[to]);
                    }
                }

                next[k] = best;
            }

            next.CopyTo(after);
        }
    }

    private void Emission(ReadOnlySpan<int> rows, int from, int to, int own, Span<float> emission)
    {
        var t = Tags.Count;
        if (packed is not null)
        {
            var block = own / t;
            var table = packed[block] ?? LazyInitializer.EnsureInitialized(ref packed[block], () => new EmissionTable(Weights, t, RowWidth, own));
            table.Sum(rows, from, to, emission);
            return;
        }

        var width = RowWidth;
        emission.Clear();
        var weights = Weights;
        for (var f = from; f < to; f++)
        {
            var row = rows[f] * width;
            for (var k = 0; k < t; k++)
            {
                emission[k] += weights[row + k] + weights[row + own + k];
            }
        }
    }
}
