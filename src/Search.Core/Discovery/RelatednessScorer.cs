namespace Search.Core.Discovery;

/// <summary>
/// The fused relatedness of a candidate to its source:
/// <c>text / best text + PersonWeight × shared / source entities
/// + (TopicWeight × [same topic] + TimeWeight × 2^(−|Δdays| / TimeHalfLifeDays)) when the text matches</c>.
/// The text score is the candidate's MoreLikeThis score against the best candidate's. Topic and closeness
/// in time refine text matches; a candidate found only through a shared person (no text score) gets the
/// person bonus alone, so a same-topic article about the same person never outranks the story itself.
/// </summary>
internal sealed class RelatednessScorer(RelatedOptions options, RelatedSource source, ArticleSignals signals, double bestText)
{
    private readonly HashSet<string> sourceEntities = new(source.Entities, StringComparer.OrdinalIgnoreCase);

    public (double Score, IReadOnlyList<string> Shared) Score(int doc, double text)
    {
        var score = bestText > 0 ? text / bestText : 0;
        var shared = sourceEntities.Count == 0
            ? []
            : signals.Entities(doc).Where(sourceEntities.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (sourceEntities.Count > 0)
        {
            score += options.PersonWeight * shared.Count / sourceEntities.Count;
        }
        if (text <= 0)
        {
            return (score, shared);
        }
        if (source.Topic is not null && string.Equals(signals.Topic(doc), source.Topic, StringComparison.OrdinalIgnoreCase))
        {
            score += options.TopicWeight;
        }
        var days = Math.Abs((signals.Published(doc) - source.Published).TotalDays);
        score += options.TimeWeight * Math.Pow(2, -days / options.TimeHalfLifeDays);
        return (score, shared);
    }
}
