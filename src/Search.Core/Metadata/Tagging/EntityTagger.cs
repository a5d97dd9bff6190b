namespace Search.Core.Metadata.Tagging;

/// <summary>
/// A named-entity tagger trained by <see cref="EntityTaggerTrainer"/> on labelled sentences: an
/// averaged structured perceptron over hashed token features (<see cref="TokenFeatures"/>),
/// decoded with Viterbi. When one is stored beside the index, entity extraction takes its person
/// spans from it; the rules still supply organisations, places and canonical names. A tagger trained
/// with a second stage (<see cref="PersonSpanFilter"/>) then keeps, drops or adds whole person spans.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class EntityTagger
{
    internal EntityTagger(SequenceModel model, string description, WordClusters? clusters = null, PersonSpanFilter? spanFilter = null)
    {
        Model = model;
        Description = description;
        Clusters = clusters ?? WordClusters.Empty;
        SpanFilter = spanFilter;
    }

    /// <summary>The second stage that drops doubtful person spans; null when it was trained without one.</summary>
    internal PersonSpanFilter? SpanFilter { get; }

    /// <summary>The same tagger with another second stage (or none).</summary>
    internal EntityTagger WithSpanFilter(PersonSpanFilter? filter) => new(Model, Description, Clusters, filter);

    /// <summary>The word clusters its features were trained with (empty when it was trained without).</summary>
    public WordClusters Clusters { get; }

    /// <summary>What it was trained on, as the training command recorded it.</summary>
    public string Description { get; }

    /// <summary>The tags it assigns ("O", "B-PERSON", "I-PERSON", ...).</summary>
    public IReadOnlyList<string> Tags => Model.Tags;

    internal SequenceModel Model { get; }

    /// <summary>Writes the model (binary) for the indexer and the API to load.</summary>
    public void WriteTo(Stream stream) => EntityTaggerFile.Write(this, stream);

    /// <summary>Reads a model written by <see cref="WriteTo"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold an entity tagger.</exception>
    public static EntityTagger ReadFrom(Stream stream) => EntityTaggerFile.Read(stream);

    /// <summary>
    /// The entity spans (tokens <c>[Start, End)</c>) of one line, with their types. In text written
    /// with capitals (<paramref name="cased"/>) names are capitalised, so only the stretches of
    /// capitalised words (with particles, initials' full stops and joined hyphens or apostrophes
    /// inside) are decoded, each between tokens outside any entity, except a lone sentence-opening
    /// word the archive writes in lower case (<see cref="OrdinaryOpeners"/>); the words around them still
    /// give their features, or a stretch the word lists settle as no person (<see cref="SettledStretches"/>).
    /// Truecased text is decoded whole.
    /// </summary>
    /// <param name="margins">Empty, or one per token: each decoded token's margin for an entity tag over "O"
    /// (<see cref="SequenceModel.Decode(ReadOnlySpan{int}, ReadOnlySpan{int}, int, int, int, bool, bool, Span{int}, Span{float})"/>),
    /// <see cref="float.NaN"/> for a token left undecoded.</param>
    internal List<(int Start, int End, string Type)> Spans(IReadOnlyList<TextToken> tokens, bool headline, IReadOnlyList<Candidate> rules, TokenFeatures features, bool cased, Span<float> margins = default)
    {
        var buffers = LineBuffers.Current;
        var n = tokens.Count;
        margins.Fill(float.NaN);
        var selected = cased ? buffers.Selected(n) : [];
        if (cased && !(NameStretches.Select(tokens, selected) && features.Openers.Unselect(tokens, selected)))
        {
            return [];
        }

        // The word classes of the tokens around the stretches, before the settled ones are left out: the classes of
        // the tokens around the stretches that stay are the same as if those had never been selected.
        var classes = features.Classes(tokens, selected);
        if (cased && !SettledStretches.Unselect(tokens, selected, classes))
        {
            return [];
        }

        var offsets = features.Extract(tokens, headline, rules, selected, buffers.Rows, classes);
        var rows = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffers.Rows);
        var tags = buffers.Tags(n);
        if (!cased)
        {
            Model.Decode(rows, offsets, 0, n, Model.Tags.Count, false, truecased: true, tags, margins);
            return Spans(tags);
        }

        var k = 0;
        foreach (var (start, end) in new SelectedRuns(selected))
        {
            Model.Decode(rows, offsets, k, end - start, start == 0 ? Model.Tags.Count : 0, end < n, truecased: false, tags[start..end], margins.IsEmpty ? default : margins[start..end]);
            k += end - start;
        }

        return Spans(tags);
    }

    /// <summary>Reads spans off a tag sequence: a B- tag and the I- tags of its type that follow.</summary>
    internal List<(int Start, int End, string Type)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, string)>();
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = Model.Tags[tags[i]];
            if (!tag.StartsWith("B-", StringComparison.Ordinal))
            {
                continue;
            }

            var inside = "I-" + tag[2..];
            var end = i + 1;
            while (end < tags.Length && Model.Tags[tags[end]] == inside)
            {
                end++;
            }

            spans.Add((i, end, tag[2..]));
            i = end - 1;
        }

        return spans;
    }
}
