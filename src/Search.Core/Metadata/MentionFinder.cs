namespace Search.Core.Metadata;

/// <summary>
/// Finds the person, organisation and place candidates of one tokenized text: capitalised runs,
/// cut into parts, each Name part weighed for being a person. A title at the end of one run
/// carries over a bracketed acronym to the next ("Menteri Luar Negeri Amerika Serikat (AS)
/// Antony Blinken"). A run with English articles or prepositions in it names a work or a
/// venue ("The Legend of Zorro"), not a person. Names listed with a person ("Oding (gitar), Dondy
/// (keyboard) dan Sudibyo (bass)") gain weight. In a headline a Name part counts only when known.
/// </summary>
internal sealed class MentionFinder(MetadataLexicon lexicon, PersonGazetteer gazetteer)
{
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "an", "and", "in", "on", "at", "for", "to", "with", "from", "by", "my", "your", "our", "is", "so", "what", "all", "&",
    };

    private readonly RunSegmenter segmenter = new(lexicon, gazetteer);

    private readonly NameEvidence evidence = new(lexicon, gazetteer);

    public List<Candidate> Find(IReadOnlyList<TextToken> tokens, bool headline)
    {
        var runs = NameRunFinder.Find(tokens, lexicon);
        var candidates = new List<Candidate>(runs.Count + 2);
        var pendingTitleEnd = -1;
        foreach (var run in runs)
        {
            var titled = pendingTitleEnd >= 0 && IsBracketGap(tokens, pendingTitleEnd, run.Start);
            var englishTitle = IsEnglishTitle(tokens, run) || IsQuoted(tokens, run);
            pendingTitleEnd = -1;
            foreach (var segment in segmenter.Split(tokens, run, headline))
            {
                switch (segment.Kind)
                {
                    case SegmentKind.Title:
                        titled = true;
                        break;
                    case SegmentKind.Separator:
                        titled = false;
                        break;
                    case SegmentKind.Organisation:
                        candidates.Add(new Candidate(EntityKind.Organisation, segment.Start, segment.End, 0));
                        break;
                    case SegmentKind.Place:
                        candidates.Add(new Candidate(EntityKind.Place, segment.Start, segment.End, 0));
                        break;
                    case SegmentKind.KnownPerson:
                        candidates.Add(new Candidate(EntityKind.Person, segment.Start, segment.End, 10));
                        titled = false;
                        break;
                    case SegmentKind.Name:
                        var score = evidence.Score(tokens, run, segment, titled);
                        if (headline || (englishTitle && !titled))
                        {
                            score = gazetteer.Knows(NameEvidence.Surface(tokens, segment)) ? score : Math.Min(score, 0);
                        }

                        candidates.Add(new Candidate(EntityKind.Person, segment.Start, segment.End, score));
                        titled = false;
                        break;
                    case SegmentKind.Common:
                    default:
                        break;
                }
            }

            if (titled)
            {
                pendingTitleEnd = run.End;
            }
        }

        return headline ? candidates : Coordinated(tokens, candidates);
    }

    /// <summary>In a list of names joined by commas and "dan", the names beside a person are persons (raised in place, left to right).</summary>
    private static List<Candidate> Coordinated(IReadOnlyList<TextToken> tokens, List<Candidate> candidates)
    {
        var result = candidates;
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Kind != EntityKind.Person || result[i].Settled || result[i].Score < 0)
            {
                continue;
            }

            var listed = Neighbour(tokens, result, i, -1) is { } before && before.Kind == EntityKind.Person && before.Settled;
            listed |= Neighbour(tokens, result, i, +1) is { } after && after.Kind == EntityKind.Person && after.Settled;
            if (listed)
            {
                result[i] = result[i] with { Score = Math.Max(result[i].Score + 2, NameEvidence.PersonThreshold) };
            }
        }

        return result;
    }

    /// <summary>The candidate next to <paramref name="i"/> when only list punctuation, "dan"/"atau"/"serta" or a short bracket lies between.</summary>
    private static Candidate? Neighbour(IReadOnlyList<TextToken> tokens, List<Candidate> candidates, int i, int direction)
    {
        var j = i + direction;
        if (j < 0 || j >= candidates.Count)
        {
            return null;
        }

        var (from, to) = direction > 0 ? (candidates[i].End, candidates[j].Start) : (candidates[j].End, candidates[i].Start);
        var depth = 0;
        var joined = false;
        for (var k = from; k < to; k++)
        {
            var text = tokens[k].Text;
            depth += text == "(" ? 1 : text == ")" ? -1 : 0;
            if (depth > 0 || text == ")")
            {
                continue;
            }

            if (text is "," or "dan" or "atau" or "serta" or "&")
            {
                joined = true;
                continue;
            }

            return null;
        }

        return joined && to - from <= 8 ? candidates[j] : null;
    }

    private static bool IsEnglishTitle(IReadOnlyList<TextToken> tokens, NameRun run)
    {
        for (var i = run.Start; i < run.End; i++)
        {
            if (tokens[i].IsWord && EnglishFunctionWords.Contains(tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The run is all that stands between two quotation marks: the title of a song, a film, a book.</summary>
    private static bool IsQuoted(IReadOnlyList<TextToken> tokens, NameRun run) =>
        run.Start > 0 && run.End < tokens.Count && IsQuote(tokens[run.Start - 1].Text) && IsQuote(tokens[run.End].Text);

    private static bool IsQuote(string text) => text is "\"" or "\u201c" or "\u201d" or "'" or "`" or "\u2018" or "\u2019";

    /// <summary>Only a short bracketed aside ("(AS)") or nothing lies between the two runs.</summary>
    private static bool IsBracketGap(IReadOnlyList<TextToken> tokens, int from, int to)
    {
        if (from == to)
        {
            return true;
        }

        return to - from <= 6 && tokens[from].Text == "(" && tokens[to - 1].Text == ")";
    }
}
