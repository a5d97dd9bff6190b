namespace Search.Core.Discovery;

/// <summary>Bucket width of a timeline, in the Asia/Jakarta calendar; weeks start on Monday (ISO 8601).</summary>
public enum TimelineInterval
{
    Day,
    Week,
    Month,
}
