using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Indexer.Tests;

/// <summary>
/// The real indexer over files we break on purpose, every way a file can be wrong: each bad record is
/// reported on the console with its exact file:line and reason, every good record is indexed (exact ids),
/// and the exit code is 1 (some records rejected).
/// </summary>
public sealed partial class MalformedFileTests : IDisposable
{
    private const int MaxArticleBytes = 64 * 1024;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly string root = Path.Combine(Path.GetTempPath(), "search-malformed-test-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> expectedIds = [];

    private string Input => Path.Combine(root, "input");

    [Fact]
    public void EveryBadRecordIsReportedWithFileLineAndReasonAndEveryGoodOneIsIndexed()
    {
        Directory.CreateDirectory(Input);
        var expected = WriteJsonLines().Concat(WriteWholeFileProblems()).Concat(WriteRawPages()).ToList();
        var unsupported = Path.Combine(root, "catatan.md");
        File.WriteAllText(unsupported, "# bukan artikel\n");
        expected.Add($"{unsupported}:0 UnrecognisedFormat");

        var (exit, output) = RunIndexer(Input, unsupported);

        var reported = RejectionLine().Matches(output).Select(m => $"{m.Groups["file"].Value}:{m.Groups["line"].Value} {m.Groups["reason"].Value}").ToList();
        Assert.Equal(
            string.Join('\n', expected.Order(StringComparer.Ordinal)).Replace(root, "<root>", StringComparison.Ordinal),
            string.Join('\n', reported.Order(StringComparer.Ordinal)).Replace(root, "<root>", StringComparison.Ordinal));
        Assert.Equal(1, exit);
        Assert.Equal(expectedIds.Distinct().Order(StringComparer.Ordinal), IndexedIds().Order(StringComparer.Ordinal));
        Assert.Equal("Versi baru", Title("dup-1"));
        var summary = Summary().Match(output);
        Assert.True(summary.Success, output);
        var read = expectedIds.Count + expected.Count;
        Assert.Equal(
            (read, expectedIds.Count, expectedIds.Distinct().Count(), 1, expected.Count),
            (Int(summary, "read"), Int(summary, "indexed"), Int(summary, "added"), Int(summary, "updated"), Int(summary, "rejected")));
    }

    /// <summary>One .jsonl file with every rejection a line can get, among good lines; plus BOM/CRLF and invalid UTF-8 past the sniffed start.</summary>
    private IEnumerable<string> WriteJsonLines()
    {
        var mixed = Path.Combine(Input, "mixed.jsonl");
        string[] lines =
        [
            Good("ok-1"),                                                             // 1
            "{ \"id\": \"broken\", \"title\": ",                                   // 2 InvalidJson: cut short
            "",                                                                       // 3 blank: skipped
            "   \t ",                                                                 // 4 blank: skipped
            Article("no-title", new() { ["title"] = "", ["body"] = "." }),          // 5 MissingField: no title, no lead sentence
            Article("no-date", new() { ["published"] = null }),                      // 6 MissingField: published
            Article("feb-30", new() { ["published"] = "2024-02-30T10:00:00+07:00" }), // 7 ImpossibleDate
            Article("words-date", new() { ["published"] = "kemarin sore" }),         // 8 ImpossibleDate
            Article("title-number", new() { ["title"] = 42 }),                       // 9 InvalidJson: wrong type
            Article("tags-string", new() { ["tags"] = "banjir" }),                   // 10 InvalidJson: wrong type
            Article("no-body", new() { ["body"] = "   " }),                          // 11 MissingBody
            "[1, 2, 3]",                                                              // 12 InvalidJson: not an object
            Good("trailing") + " {}",                                                 // 13 InvalidJson: content after the object
            Article("dup-1", new() { ["title"] = "Versi lama" }),                   // 14 duplicate id: the later line wins
            Article("dup-1", new() { ["title"] = "Versi baru" }),                   // 15
            Article("huge", new() { ["body"] = new string('a', 1024 * 1024) }),      // 16 TooLarge: a 1 MB line
            Good("ok-2"),                                                             // 17 read on after the huge line
            Article("long-author", new() { ["author"] = new string('a', 40_000) }), // 18 TooLarge: Lucene refuses a 40 KB keyword
            Good("ok-3"),                                                             // 19 the writer goes on after the refusal
        ];
        File.WriteAllText(mixed, string.Join('\n', lines) + "\n");
        expectedIds.AddRange(["ok-1", "dup-1", "dup-1", "ok-2", "ok-3"]);

        var windows = Path.Combine(Input, "windows.jsonl");
        File.WriteAllBytes(windows, [.. Bom, .. Encoding.UTF8.GetBytes(string.Join("\r\n", Good("crlf-1"), "", Article("crlf-bad", new() { ["published"] = "2024-13-01" }), Good("crlf-2")) + "\r\n")]);
        expectedIds.AddRange(["crlf-1", "crlf-2"]);

        // Invalid UTF-8 after the first 8 KB the sniffer reads: the line is rejected, the lines around it are kept.
        var late = Path.Combine(Input, "late-invalid-utf8.jsonl");
        var text = new MemoryStream();
        for (var i = 1; i <= 20; i++)
        {
            text.Write(Encoding.UTF8.GetBytes(Article($"late-{i}", new() { ["body"] = "Isi berita panjang. " + new string('x', 500) }) + "\n"));
            expectedIds.Add($"late-{i}");
        }

        var bad = Encoding.UTF8.GetBytes(Good("late-bad"));
        var at = Array.IndexOf(bad, (byte)'I');
        bad[at] = 0xC3;
        bad[at + 1] = 0x28;
        text.Write([.. bad, (byte)'\n']);
        text.Write(Encoding.UTF8.GetBytes(Good("late-after") + "\n"));
        expectedIds.Add("late-after");
        File.WriteAllBytes(late, text.ToArray());

        return
        [
            $"{mixed}:2 InvalidJson", $"{mixed}:5 MissingField", $"{mixed}:6 MissingField", $"{mixed}:7 ImpossibleDate",
            $"{mixed}:8 ImpossibleDate", $"{mixed}:9 InvalidJson", $"{mixed}:10 InvalidJson", $"{mixed}:11 MissingBody",
            $"{mixed}:12 InvalidJson", $"{mixed}:13 InvalidJson", $"{mixed}:16 TooLarge", $"{mixed}:18 TooLarge",
            $"{windows}:3 ImpossibleDate",
            $"{late}:21 InvalidJson",
        ];
    }

    /// <summary>Files that are wrong as a whole: reported once, at line 0.</summary>
    private IEnumerable<string> WriteWholeFileProblems()
    {
        var files = new (string Name, byte[] Bytes, string Reason)[]
        {
            ("empty.jsonl", [], "EmptyFile"),
            ("blank.jsonl", "\n  \n\t\n"u8.ToArray(), "EmptyFile"),
            ("bom-only.jsonl", Bom, "EmptyFile"),
            ("binary.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "BinaryFile"),
            ("latin1.jsonl", Encoding.Latin1.GetBytes(Good("latin") + "\n").Concat(Encoding.Latin1.GetBytes("{\"title\":\"Caf\u00e9\"}\n")).ToArray(), "BinaryFile"),
            ("empty.txt", [], "EmptyFile"),
            ("blank.txt", "\n \n"u8.ToArray(), "EmptyFile"),
            ("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], "BinaryFile"),
            ("invalid-utf8.txt", [.. "Judul berita\n\nIsi "u8.ToArray(), 0xFF, 0xFE, .. "\n"u8.ToArray()], "BinaryFile"),
            ("huge.txt", Encoding.UTF8.GetBytes("Judul\n\n" + new string('b', MaxArticleBytes + 1)), "TooLarge"),
        };
        foreach (var (name, bytes, _) in files)
        {
            File.WriteAllBytes(Path.Combine(Input, name), bytes);
        }

        return files.Select(f => $"{Path.Combine(Input, f.Name)}:0 {f.Reason}");
    }

    /// <summary>Raw page captures: one good, and broken ones with the line the problem is on.</summary>
    private IEnumerable<string> WriteRawPages()
    {
        var pages = Path.Combine(Input, "pages");
        Directory.CreateDirectory(pages);
        const string Title = "Pasar Ikan Higienis Dibuka di Pelabuhan Lama";
        File.WriteAllText(Path.Combine(pages, "kabarnusa-2024-05-03-pasar-ikan.txt"),
            $"gtag\n\n{Title}\n\nRina Marlina - 3 Mei 2024 09:15 WIB\nPedagang menata ikan di los baru.\nWali kota meresmikan pasar ikan higienis di kawasan pelabuhan lama pada Jumat pagi.\n\nPasar itu menampung 120 pedagang.\n");
        expectedIds.Add(ArticleIdentity.FromContent("kabarnusa.id", Title, new DateTimeOffset(2024, 5, 3, 9, 15, 0, TimeSpan.FromHours(7))));
        var noBody = Path.Combine(pages, "kabarnusa-2024-05-04-judul-saja.txt");
        File.WriteAllText(noBody, "gtag\n\nJudul Tanpa Isi Berita\n\nRina Marlina - 4 Mei 2024 10:00 WIB\n");
        var noDate = Path.Combine(pages, "catatan-tanpa-tanggal.txt");
        File.WriteAllText(noDate, "Judul Tanpa Tanggal\n\nIsi berita tanpa byline dan tanpa tanggal di nama berkas.\n");
        var badDate = Path.Combine(pages, "kabarnusa-2024-05-05-tanggal-mustahil.txt");
        File.WriteAllText(badDate, "Judul Tanggal Mustahil\n\nRina Marlina - 31 Februari 2024 10:00 WIB\nIsi berita.\n");
        var trackersOnly = Path.Combine(pages, "kabarnusa-2024-05-06-kosong.txt");
        File.WriteAllText(trackersOnly, "gtag\n\ngtag\n");
        return [$"{noBody}:3 MissingBody", $"{noDate}:3 MissingField", $"{badDate}:3 ImpossibleDate", $"{trackersOnly}:0 EmptyFile"];
    }

    private static string Good(string id) => Article(id, []);

    private static string Article(string id, Dictionary<string, object?> overrides)
    {
        var fields = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["url"] = $"https://contoh.id/{id}",
            ["source"] = "contoh.id",
            ["title"] = $"Judul {id}",
            ["published"] = "2024-05-01T10:00:00+07:00",
            ["category"] = "Daerah",
            ["body"] = $"Isi berita {id}.",
            ["tags"] = Array.Empty<string>(),
            ["persons"] = Array.Empty<string>(),
        };
        foreach (var (key, value) in overrides)
        {
            fields[key] = value;
        }

        return JsonSerializer.Serialize(fields);
    }

    private (int Exit, string Output) RunIndexer(params string[] paths)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[CrashSafetyTests.IndexerDll(), "index", .. paths, "--index", Path.Combine(root, "index")])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Ingestion__MaxArticleBytes"] = MaxArticleBytes.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the indexer did not finish");
        return (process.ExitCode, output.Result + errors.Result);
    }

    private List<string> IndexedIds() => Documents().Select(d => d.Id).ToList();

    private string Title(string id) => Documents().Single(d => d.Id == id).Title;

    private List<Core.Articles.Article> Documents()
    {
        using var directory = FSDirectory.Open(IndexLayout.LiveDirectory(Path.Combine(root, "index")));
        using var reader = DirectoryReader.Open(directory);
        return new IndexSearcher(reader).Search(new MatchAllDocsQuery(), 10_000).ScoreDocs
            .Select(hit => ArticleDocumentMapper.ToArticle(reader.Document(hit.Doc)))
            .ToList();
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Rejected (?<file>/\S+):(?<line>\d+) \((?<reason>\w+)\): ")]
    private static partial Regex RejectionLine();

    [GeneratedRegex(@"Read (?<read>\d+), indexed (?<indexed>\d+) \((?<added>\d+) new, (?<updated>\d+) updated\), rejected (?<rejected>\d+)")]
    private static partial Regex Summary();

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
