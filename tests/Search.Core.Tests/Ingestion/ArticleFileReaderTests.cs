using Microsoft.Extensions.Options;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion;

/// <summary>Files and directories of both formats, with the whole-file rejections.</summary>
public sealed class ArticleFileReaderTests : IDisposable
{
    private const string JsonLine =
        """{"id": "ID", "source": "harian.example", "title": "Judul", "published": "2023-09-01T08:30:00+07:00", "body": "Isi berita."}""";

    private const string RawCapture = """
        Pasar Malam Dibuka Lagi
        Sari - 2 Sep 2023 19:00 WIB
        Pedagang kembali berjualan di alun-alun kota.
        Powered by Harian.example
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static ArticleFileReader Reader(int maxArticleBytes = IngestionOptions.DefaultMaxArticleBytes) =>
        new(Options.Create(new IngestionOptions { MaxArticleBytes = maxArticleBytes }), FixedTimeProvider.January2025);

    private static string Line(string id) => JsonLine.Replace("ID", id, StringComparison.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(_directory.Path, path).Replace('\\', '/');

    [Fact]
    public void DirectoriesAreReadRecursivelyInOrdinalPathOrderSkippingOtherFiles()
    {
        _directory.Write("b/2.jsonl", Line("b2-1") + "\n" + Line("b2-2") + "\n");
        _directory.Write("a/sub/3.jsonl", Line("a3-1"));
        _directory.Write("a/1.txt", RawCapture);
        _directory.Write("a/Z.JSONL", Line("aZ-1"));
        _directory.Write("a/notes.md", "# catatan");
        _directory.WriteBytes("b/photo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);

        var records = Reader().Read([_directory.Path]).ToList();

        Assert.Equal(
            [("a/1.txt", 1), ("a/Z.JSONL", 1), ("a/sub/3.jsonl", 1), ("b/2.jsonl", 1), ("b/2.jsonl", 2)],
            records.Select(record => (Relative(record.File), record.Line)));
        Assert.All(records, record => Assert.False(record.IsRejected, record.ToString()));
        Assert.Equal("harian.example", records[0].Article!.Source);
        Assert.Equal(["aZ-1", "a3-1", "b2-1", "b2-2"], records.Skip(1).Select(record => record.Article!.Id));
    }

    [Fact]
    public void FilesAndDirectoriesAreReadInTheOrderGiven()
    {
        var second = _directory.Write("second.jsonl", Line("s"));
        _directory.Write("dir/first.jsonl", Line("f"));

        var ids = Reader().Read([second, Path.Combine(_directory.Path, "dir")]).Select(record => record.Article!.Id);

        Assert.Equal(["s", "f"], ids);
    }

    [Theory]
    [InlineData("empty.jsonl", "")]
    [InlineData("blank.jsonl", "\n  \n\r\n")]
    [InlineData("empty.txt", "")]
    [InlineData("blank.txt", " \n\u00A0\n")]
    public void EmptyFilesAreRejectedAsAWhole(string name, string content)
    {
        var path = _directory.Write(name, content);

        var record = Assert.Single(Reader().Read([path]));

        Assert.Equal((path, IngestedRecord.WholeFile, RejectionReason.EmptyFile), (record.File, record.Line, record.Reason));
    }

    [Theory]
    [InlineData("nul.jsonl", new byte[] { 0x7B, 0x7D, 0x0A, 0x00, 0x01, 0x02 }, "NUL byte at offset 3")]
    [InlineData("latin1.txt", new byte[] { 0x4A, 0x75, 0x64, 0x75, 0x6C, 0x0A, 0xE9, 0x74, 0xE9 }, "invalid UTF-8 at offset 6")]
    [InlineData("image.jsonl", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "invalid UTF-8 at offset 0")]
    public void BinaryFilesAreRejectedAsAWhole(string name, byte[] bytes, string message)
    {
        var path = _directory.WriteBytes(name, bytes);

        var record = Assert.Single(Reader().Read([path]));

        Assert.Equal((IngestedRecord.WholeFile, RejectionReason.BinaryFile, message), (record.Line, record.Reason, record.Message));
    }

    [Fact]
    public void TextFileOverTheSizeLimitIsRejectedUnread()
    {
        var path = _directory.Write("besar.txt", RawCapture + new string('x', 500));

        var record = Assert.Single(Reader(maxArticleBytes: 300).Read([path]));

        Assert.Equal((IngestedRecord.WholeFile, RejectionReason.TooLarge), (record.Line, record.Reason));
    }

    [Fact]
    public void MissingPathIsRejectedAsUnreadable()
    {
        var path = Path.Combine(_directory.Path, "tidak-ada.jsonl");

        var record = Assert.Single(Reader().Read([path]));

        Assert.Equal((path, IngestedRecord.WholeFile, RejectionReason.UnreadableFile), (record.File, record.Line, record.Reason));
    }

    [Fact]
    public void ExplicitFileOfAnotherTypeIsRejectedAsUnrecognised()
    {
        var path = _directory.Write("berita.csv", "id,title\n1,Judul\n");

        var record = Assert.Single(Reader().Read([path]));

        Assert.Equal((IngestedRecord.WholeFile, RejectionReason.UnrecognisedFormat), (record.Line, record.Reason));
    }

    [Fact]
    public void DirectoryWithNoArticleFilesYieldsNothing()
    {
        _directory.Write("readme.md", "tidak ada artikel");

        Assert.Empty(Reader().Read([_directory.Path]));
    }

    [Fact]
    public void RejectedLinesDoNotStopTheRestOfTheFile()
    {
        var path = _directory.Write("campur.jsonl", Line("x1") + "\n{rusak\n" + Line("x3"));

        var records = Reader().Read([path]).ToList();

        Assert.Equal(
            [(1, (RejectionReason?)null), (2, RejectionReason.InvalidJson), (3, null)],
            records.Select(record => (record.Line, record.Reason)));
    }

    [Fact]
    public void RawCaptureIdIsStableAcrossReads()
    {
        var path = _directory.Write("harian-pasar.txt", RawCapture);

        var first = Assert.Single(Reader().Read([path])).Article!;
        var second = Assert.Single(Reader().Read([path])).Article!;

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(ArticleIdentity.FromContent("harian.example", "Pasar Malam Dibuka Lagi", first.Published), first.Id);
    }
}
