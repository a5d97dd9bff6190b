namespace Search.Core.Tests.Ingestion;

/// <summary>A clock stopped at one instant, so "in the future" means the same thing on every run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedTimeProvider January2025 = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
