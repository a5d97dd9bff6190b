using System.Globalization;
using System.Text;

namespace Search.Core.Metadata;

/// <summary>
/// Writes and reads a <see cref="PersonGazetteer"/> as UTF-8 text: a version line, then sections
/// of tab-separated lines. The indexer stores it beside the index; the API loads it.
/// </summary>
internal static class PersonGazetteerFile
{
    private const string Header = "search-person-gazetteer 1";

    public static void Write(PersonGazetteer gazetteer, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);
        Section(writer, "persons", gazetteer.Persons.OrderByDescending(p => p.CuedMentions).ThenBy(p => p.Canonical, StringComparer.Ordinal)
            .Select(p => string.Join('\t', new[] { p.Canonical, Number(p.CuedMentions) }.Concat(p.Spellings))));
        Section(writer, "aliases", gazetteer.AliasTable.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}\t{kv.Value}"));
        Section(writer, "parts", gazetteer.NameByPart.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}\t{kv.Value}"));
        Section(writer, "person-words", gazetteer.PersonWords.Order(StringComparer.Ordinal));
        Section(writer, "dedications", gazetteer.Dedications.Order(StringComparer.Ordinal));
        Section(writer, "words", gazetteer.Words.Entries().OrderBy(e => e.Word, StringComparer.Ordinal)
            .Select(e => $"{e.Word}\t{Number(e.Counts.Lower)}\t{Number(e.Counts.Capitalised)}\t{Number(e.Counts.Capitals)}"));
        Section(writer, "spelling", new[] { $"{Number(gazetteer.Spelling.Persons)}\t{Number(gazetteer.Spelling.Others)}" }
            .Concat(gazetteer.Spelling.Entries().OrderBy(e => e.Feature, StringComparer.Ordinal).Select(e => $"{e.Feature}\t{Number(e.Person)}\t{Number(e.Other)}")));
    }

    public static PersonGazetteer Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException($"Not a person gazetteer file: the first line must be '{Header}'.");
        }

        var sections = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                sections[line[1..^1]] = current = [];
            }
            else if (line.Length > 0)
            {
                (current ?? throw new InvalidDataException("A person gazetteer line comes before any section.")).Add(line.Split('\t'));
            }
        }

        List<string[]> Rows(string name) => sections.TryGetValue(name, out var rows) ? rows : [];
        var words = new WordCaseStatistics();
        foreach (var row in Rows("words"))
        {
            words.Add(row[0], new WordCounts(Parse(row[1]), Parse(row[2]), Parse(row[3])));
        }

        var spellingRows = Rows("spelling");
        var spelling = spellingRows.Count == 0
            ? NameSpellingModel.Empty
            : NameSpellingModel.From(spellingRows.Skip(1).Select(r => (r[0], Parse(r[1]), Parse(r[2]))), Parse(spellingRows[0][0]), Parse(spellingRows[0][1]));
        return new PersonGazetteer(
            words,
            Rows("persons").Select(r => new KnownPerson(r[0], r.Skip(2).ToList(), Parse(r[1]))),
            Rows("aliases").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase),
            Rows("parts").Select(r => new KeyValuePair<string, string>(r[0], r[1])),
            Rows("person-words").Select(r => r[0]),
            spelling,
            Rows("dedications").Select(r => r[0]));
    }

    private static void Section(StreamWriter writer, string name, IEnumerable<string> lines)
    {
        writer.WriteLine($"[{name}]");
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Parse(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
