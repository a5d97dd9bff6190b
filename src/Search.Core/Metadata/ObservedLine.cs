namespace Search.Core.Metadata;

/// <summary>
/// One line of text as the learning pass (<see cref="PersonGazetteerBuilder"/>) reads it: its tokens, its
/// capitalised runs with the short window of text around each run that has a person cue, and, once segmented,
/// the place and organisation names in it (the spelling model's negative examples) and the names written after
/// their cues. Reading and segmenting need no shared state, so lines can be read on any thread; only counting
/// words and adding what a line taught happen in the order of the text.
/// </summary>
internal sealed class ObservedLine
{
    private static readonly string?[] NoWindows = [];

    private readonly MetadataLexicon lexicon;

    /// <summary>The runs that may hold a place or an organisation (<see cref="MayNameOther"/>), in order: the only ones segmented.</summary>
    private readonly NameRun[] segmentable;

    /// <summary>The counts of the segmentable runs' words, run by run, word by word (only the words of those runs: most of a line is in none).</summary>
    private WordCounts[]? snapshot;

    private ObservedLine(MetadataLexicon lexicon, IReadOnlyList<TextToken> tokens, List<NameRun> runs, string?[] windows)
    {
        this.lexicon = lexicon;
        Tokens = tokens;
        Runs = runs;
        Windows = windows;
        segmentable = Segmentable(runs);
    }

    public IReadOnlyList<TextToken> Tokens { get; }

    public List<NameRun> Runs { get; }

    /// <summary>For each run, the text from three tokens before it to two after it when a person cue is around it; else null.</summary>
    public string?[] Windows { get; }

    /// <summary>The spelling features of each place or organisation name found by <see cref="FindOtherNames"/>, in order.</summary>
    public List<List<string>> OtherNameFeatures { get; } = [];

    /// <summary>The names written after a place or organisation cue ("Jalan Gatot Subroto"), in order.</summary>
    public List<string> Dedications { get; } = [];

    /// <summary>The lines of a text that are not headlines, tokenized, with their runs and cued windows.</summary>
    public static IEnumerable<ObservedLine> Read(string text, MetadataLexicon lexicon)
    {
        foreach (var (offset, tokens, headline) in TextLines.Split(text))
        {
            if (headline)
            {
                continue;
            }

            var runs = NameRunFinder.Find(tokens, lexicon);
            var windows = runs.Count == 0 ? NoWindows : new string?[runs.Count];
            for (var r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                if (PersonCues.AnyAround(tokens, run, lexicon))
                {
                    var from = tokens[Math.Max(0, run.Start - 3)].Start;
                    var to = tokens[Math.Min(tokens.Count - 1, run.End + 2)].End;
                    windows[r] = text.Substring(offset + from, to - from);
                }
            }

            yield return new ObservedLine(lexicon, tokens, runs, windows);
        }
    }

    /// <summary>Keeps the counts of the words in the runs that may be segmented as <paramref name="words"/> holds them now.</summary>
    public void Snapshot(WordCaseStatistics words)
    {
        if (segmentable.Length == 0)
        {
            return;
        }

        var count = 0;
        foreach (var run in segmentable)
        {
            count += WordsIn(run);
        }

        snapshot = new WordCounts[count];
        var k = 0;
        foreach (var run in segmentable)
        {
            for (var i = run.Start; i < run.End; i++)
            {
                if (Tokens[i].IsWord)
                {
                    snapshot[k++] = words.CountsOf(Tokens[i].Key);
                }
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="view"/> with the counts <see cref="Snapshot"/> kept: segmenting a run asks the word
    /// statistics only about the run's own words, so a segmenter reading the view answers as one reading the
    /// statistics at the moment of the snapshot. Words not yet seen stay absent, as they were then.
    /// </summary>
    public void LoadSnapshot(WordCaseStatistics view)
    {
        view.Clear();
        if (snapshot is null)
        {
            return;
        }

        var k = 0;
        foreach (var run in segmentable)
        {
            for (var i = run.Start; i < run.End; i++)
            {
                if (Tokens[i].IsWord && snapshot[k++] is { Total: > 0 } counts)
                {
                    view.Add(Tokens[i].Key, counts);
                }
            }
        }
    }

    private NameRun[] Segmentable(List<NameRun> runs)
    {
        List<NameRun>? found = null;
        foreach (var run in runs)
        {
            if (MayNameOther(run))
            {
                (found ??= []).Add(run);
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>
    /// Whether segmenting the run can give a place or an organisation: the segmenter makes one only from a word that
    /// starts a place, an organisation, a cue of either, an organisation suffix or an office named for its territory,
    /// or from an acronym. Most runs (a capitalised word opening a sentence, a person's name) have none, and need
    /// not be segmented at all.
    /// </summary>
    private bool MayNameOther(NameRun run)
    {
        for (var i = run.Start; i < run.End; i++)
        {
            var token = Tokens[i];
            if (token.IsWord && (token.IsAllCaps || lexicon.MayStartOtherName(token.Key)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Segments each run that may hold one and keeps its place and organisation names, and the names after their cues; the names'
    /// spelling features come through <paramref name="featureCache"/> (see <see cref="NameSpellingModel.FeaturesOf(List{string}, Dictionary{string, List{string}})"/>).
    /// </summary>
    public void FindOtherNames(RunSegmenter segmenter, Dictionary<string, List<string>> featureCache)
    {
        foreach (var run in segmentable)
        {
            Add(OutcomeOf(segmenter, run, featureCache));
        }
    }

    /// <summary>
    /// As <see cref="FindOtherNames(RunSegmenter, Dictionary{string, List{string}})"/> with a segmenter that reads
    /// <paramref name="view"/>, after <see cref="Snapshot"/>: a run met before with the same words in the same cases
    /// is not segmented again (<see cref="RunOutcomes"/>), and the view is loaded (<see cref="LoadSnapshot"/>) only for a line
    /// with a run that is.
    /// </summary>
    public void FindOtherNames(RunSegmenter segmenter, WordCaseStatistics view, Dictionary<string, List<string>> featureCache, RunOutcomes outcomes)
    {
        var loaded = false;
        var k = 0;
        foreach (var run in segmentable)
        {
            var counts = snapshot.AsSpan(k, WordsIn(run));
            k += counts.Length;
            var outcome = outcomes.Find(Tokens, run, counts);
            if (outcome is null)
            {
                if (!loaded)
                {
                    LoadSnapshot(view);
                    loaded = true;
                }

                outcome = OutcomeOf(segmenter, run, featureCache);
                outcomes.Remember(outcome);
            }

            Add(outcome);
        }
    }

    private int WordsIn(NameRun run)
    {
        var words = 0;
        for (var i = run.Start; i < run.End; i++)
        {
            words += Tokens[i].IsWord ? 1 : 0;
        }

        return words;
    }

    private void Add(RunOutcomes.Outcome outcome)
    {
        OtherNameFeatures.AddRange(outcome.OtherNameFeatures);
        Dedications.AddRange(outcome.Dedications);
    }

    /// <summary>The run's place and organisation names' features, and the names after their cues.</summary>
    private RunOutcomes.Outcome OutcomeOf(RunSegmenter segmenter, NameRun run, Dictionary<string, List<string>> featureCache)
    {
        List<List<string>>? features = null;
        List<string>? dedications = null;
        foreach (var segment in segmenter.Split(Tokens, run))
        {
            if (segment.Kind is not (SegmentKind.Place or SegmentKind.Organisation))
            {
                continue;
            }

            var names = PersonGazetteerBuilder.NameWords(Tokens, segment.Start, segment.End);
            if (names.Count > 0 && !names.All(PhraseSet.IsAllCaps))
            {
                (features ??= []).Add(NameSpellingModel.FeaturesOf(names, featureCache));
            }

            var cue = Math.Max(lexicon.OrgCues.MatchAt(Tokens, segment.Start, segment.End), lexicon.PlaceCues.MatchAt(Tokens, segment.Start, segment.End));
            var from = segment.Start + cue + (segment.Start + cue < segment.End && Tokens[segment.Start + cue].Text == "." ? 1 : 0);
            if (cue > 0 && from < segment.End && Tokens[from].IsCapitalised)
            {
                (dedications ??= []).Add(NameEvidence.Surface(Tokens, from, segment.End));
            }
        }

        return features is null && dedications is null ? RunOutcomes.Outcome.None : new([.. features ?? []], [.. dedications ?? []]);
    }
}
