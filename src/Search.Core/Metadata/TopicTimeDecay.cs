namespace Search.Core.Metadata;

/// <summary>
/// How much a training article's similarity counts by how far apart in time it and the article classified were
/// published: <c>floor + (1 − floor) × 2^(−days apart / half-life)</c>, 1 when either date is unknown.
/// A site files a running story under the same section day after day, so a like article of the same days is the stronger vote.
/// </summary>
internal sealed class TopicTimeDecay
{
    public TopicTimeDecay(float halfLifeDays, float floor, float[] day)
    {
        if (!(halfLifeDays > 0) || !(floor >= 0 && floor <= 1))
        {
            throw new InvalidDataException($"A topic model's time decay needs a half-life above 0 and a floor from 0 to 1, not {halfLifeDays} and {floor}.");
        }

        (HalfLifeDays, Floor, Day) = (halfLifeDays, floor, day);
    }

    public float HalfLifeDays { get; }

    public float Floor { get; }

    /// <summary>Each training article's publication time in days since 1970-01-01 UTC; NaN when unknown.</summary>
    public float[] Day { get; }

    /// <summary>Days since 1970-01-01 UTC, or NaN for no date.</summary>
    public static float DayOf(DateTimeOffset? published) =>
        published is { } p ? (float)((p.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerDay) : float.NaN;

    /// <summary>The factor for training article <paramref name="article"/> against an article published on <paramref name="day"/>.</summary>
    public float Scale(float day, int article)
    {
        var other = Day[article];
        return float.IsNaN(day) || float.IsNaN(other) ? 1 : Floor + ((1 - Floor) * MathF.Pow(2, -MathF.Abs(day - other) / HalfLifeDays));
    }
}
