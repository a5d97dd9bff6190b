namespace Search.Core.Indexing;

/// <summary>
/// Facet dimensions. Each is a SortedSetDocValues field of the same name holding display values.
/// </summary>
public static class FacetDimensions
{
    /// <summary>Canonical topic, lower case.</summary>
    public const string Topic = "facet_topic";

    /// <summary>Person display name, multi-valued.</summary>
    public const string Person = "facet_person";

    /// <summary>Publisher as given.</summary>
    public const string Source = "facet_source";

    /// <summary>Publication year in Asia/Jakarta time, "YYYY".</summary>
    public const string Year = "facet_year";

    /// <summary>Publication month in Asia/Jakarta time, "YYYY-MM".</summary>
    public const string Month = "facet_month";

    /// <summary>Organisation name, multi-valued.</summary>
    public const string Org = "facet_org";

    /// <summary>Place name, multi-valued.</summary>
    public const string Place = "facet_place";

    /// <summary>Public dimension names in response order, with their doc values field.</summary>
    public static readonly IReadOnlyList<(string Name, string Field)> All =
    [
        ("topic", Topic),
        ("person", Person),
        ("source", Source),
        ("month", Month),
        ("year", Year),
        ("org", Org),
        ("place", Place),
    ];

    /// <summary>Dimensions whose values are dates and are listed in calendar order, not by count.</summary>
    public static bool IsCalendar(string name) => name is "month" or "year";
}
