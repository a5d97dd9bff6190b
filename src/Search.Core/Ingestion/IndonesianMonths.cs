namespace Search.Core.Ingestion;

/// <summary>
/// Month names as Indonesian sites print them: full names, the usual abbreviations
/// (Agu/Agt/Ags, Nop, Des…) and, harmlessly, the English names and abbreviations.
/// </summary>
internal static class IndonesianMonths
{
    private static readonly Dictionary<string, int> Months = Build(
        (1, ["januari", "jan", "january"]),
        (2, ["februari", "pebruari", "feb", "peb", "february"]),
        (3, ["maret", "mar", "march"]),
        (4, ["april", "apr"]),
        (5, ["mei", "may"]),
        (6, ["juni", "jun", "june"]),
        (7, ["juli", "jul", "july"]),
        (8, ["agustus", "agu", "agt", "ags", "agust", "aug", "august"]),
        (9, ["september", "sep", "sept"]),
        (10, ["oktober", "okt", "oct", "october"]),
        (11, ["november", "nov", "nop", "nopember"]),
        (12, ["desember", "des", "dec", "december"]));

    /// <summary>The month number (1–12) of a name or abbreviation, ignoring case and a trailing dot.</summary>
    public static bool TryParse(string name, out int month) =>
        Months.TryGetValue(name.TrimEnd('.'), out month);

    private static Dictionary<string, int> Build(params (int Month, string[] Names)[] months)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (month, names) in months)
        {
            foreach (var name in names)
            {
                map.Add(name, month);
            }
        }

        return map;
    }
}
