namespace Search.Core.Ingestion;

/// <summary>The three civil time zones printed in Indonesian bylines.</summary>
internal static class IndonesianTimeZones
{
    /// <summary>Western Indonesia (Jakarta), the default when a source gives no zone.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static bool TryGetOffset(string zone, out TimeSpan offset)
    {
        switch (zone.ToUpperInvariant())
        {
            case "WIB":
                offset = Wib;
                return true;
            case "WITA":
                offset = TimeSpan.FromHours(8);
                return true;
            case "WIT":
                offset = TimeSpan.FromHours(9);
                return true;
            default:
                offset = default;
                return false;
        }
    }
}
