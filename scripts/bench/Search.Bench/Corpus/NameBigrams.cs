using System.Text.RegularExpressions;

namespace Search.Bench.Corpus;

/// <summary>
/// A crude person finder for benchmark data only: the first distinct pairs of capitalised words inside
/// a sentence ("Noor Rashid", "Hendra Setiawan") that are not place, month, day or office words. The
/// source corpus has no person lists; this gives the person facet realistic cardinality, not accuracy.
/// </summary>
public static partial class NameBigrams
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Jakarta", "Indonesia", "Presiden", "Wakil", "Menteri", "Kepala", "Ketua", "Gubernur", "Bupati", "Wali",
        "Kota", "Jawa", "Barat", "Timur", "Tengah", "Selatan", "Utara", "Sumatera", "Kalimantan", "Sulawesi",
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari", "Maret", "April",
        "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "Baca", "Juga",
        "The", "Kabupaten", "Provinsi", "Polda", "Polres", "Pemerintah", "Dewan", "Partai", "Bank", "Rumah",
        "Sakit", "Negeri", "Pengadilan", "Komisi", "Badan", "Kementerian", "Direktur", "Jenderal", "Umum",
    };

    public static IReadOnlyList<string> Find(string text, int max)
    {
        var found = new List<string>(max);
        foreach (Match match in Pair().Matches(text))
        {
            var first = match.Groups[1].Value;
            var second = match.Groups[2].Value;
            if (NotNames.Contains(first) || NotNames.Contains(second))
            {
                continue;
            }
            var name = $"{first} {second}";
            if (!found.Contains(name, StringComparer.Ordinal))
            {
                found.Add(name);
                if (found.Count == max)
                {
                    break;
                }
            }
        }
        return found;
    }

    [GeneratedRegex(@"(?<=[a-z,] )([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();
}
