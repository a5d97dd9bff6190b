using Microsoft.Extensions.Options;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads articles from files and directories: ".jsonl" files line by line, ".txt" files as one
/// raw page capture each, ".html" and ".htm" files as one saved web page each. Directories are searched recursively in ordinal path order and files
/// of other types in them are skipped. Every problem becomes a rejected record; nothing throws.
/// </summary>
public sealed class ArticleFileReader
{
    private const string JsonLinesExtension = ".jsonl";
    private const string RawTextExtension = ".txt";
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    private readonly IngestionOptions _options;
    private readonly JsonLinesArticleReader _jsonLines;
    private readonly RawArticleParser _rawText;
    private readonly HtmlArticleParser _html;

    /// <exception cref="InvalidDataException">The site profiles file named in the options is missing or invalid.</exception>
    public ArticleFileReader(IOptions<IngestionOptions> options, TimeProvider? timeProvider = null)
    {
        _options = options.Value;
        var time = timeProvider ?? TimeProvider.System;
        _jsonLines = new JsonLinesArticleReader(_options, time);
        var profiles = SiteProfileCatalog.Load(_options);
        _rawText = new RawArticleParser(profiles, time);
        _html = new HtmlArticleParser(profiles, time);
    }

    /// <summary>All records of the given files and directories, in order, read lazily.</summary>
    public IEnumerable<IngestedRecord> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = ListFiles(path, out var problem);
                if (files is null)
                {
                    yield return IngestedRecord.Rejected(path, IngestedRecord.WholeFile, RejectionReason.UnreadableFile, problem);
                    continue;
                }

                foreach (var record in files.SelectMany(ReadFile))
                {
                    yield return record;
                }
            }
            else if (!File.Exists(path))
            {
                yield return IngestedRecord.Rejected(path, IngestedRecord.WholeFile, RejectionReason.UnreadableFile, "no such file or directory");
            }
            else if (!IsSupported(path))
            {
                yield return IngestedRecord.Rejected(
                    path, IngestedRecord.WholeFile, RejectionReason.UnrecognisedFormat,
                    $"only {JsonLinesExtension}, {RawTextExtension}, {string.Join(" and ", HtmlExtensions)} files are read");
            }
            else
            {
                foreach (var record in ReadFile(path))
                {
                    yield return record;
                }
            }
        }
    }

    private static bool IsSupported(string path) =>
        path.EndsWith(JsonLinesExtension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(RawTextExtension, StringComparison.OrdinalIgnoreCase)
        || IsHtml(path);

    private static bool IsHtml(string path) => HtmlExtensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static List<string>? ListFiles(string directory, out string problem)
    {
        problem = string.Empty;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            var files = Directory.EnumerateFiles(directory, "*", options).Where(IsSupported).ToList();
            files.Sort(StringComparer.Ordinal);
            return files;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = ex.Message;
            return null;
        }
    }

    private IEnumerable<IngestedRecord> ReadFile(string file) =>
        file.EndsWith(JsonLinesExtension, StringComparison.OrdinalIgnoreCase)
            ? new JsonLinesFileReader(_jsonLines).Read(file)
            : [ReadWholeFile(file, IsHtml(file) ? _html.Parse : _rawText.Parse)];

    /// <summary>A file that holds one article (page text or HTML), read whole and handed to its parser.</summary>
    private IngestedRecord ReadWholeFile(string file, Func<string, string, IngestedRecord> parse)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > _options.MaxArticleBytes)
            {
                return IngestedRecord.Rejected(
                    file, IngestedRecord.WholeFile, RejectionReason.TooLarge,
                    $"{length} bytes is more than the {_options.MaxArticleBytes} bytes allowed for one article");
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return IngestedRecord.Rejected(file, IngestedRecord.WholeFile, RejectionReason.UnreadableFile, ex.Message);
        }

        return Decode(bytes, file, out var text, IsHtml(file)) ?? parse(text, file);
    }

    /// <summary>The text of a whole .txt or .html file, or the rejection of an empty or binary one.</summary>
    /// <param name="isHtml">A page that is not UTF-8 may be read in the character set it declares (windows-1252, iso-8859-1…).</param>
    internal static IngestedRecord? Decode(byte[] bytes, string file, out string text, bool isHtml = false)
    {
        text = string.Empty;
        if (isHtml && bytes.AsSpan().IndexOf((byte)0) < 0 && !IsUtf8(bytes) && HtmlCharset.Declared(bytes) is { } declared)
        {
            text = declared.GetString(bytes);
            return FileSniffer.IsBlank(text)
                ? IngestedRecord.Rejected(file, IngestedRecord.WholeFile, RejectionReason.EmptyFile, "the file is empty")
                : null;
        }

        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, FileSniffer.SampleBytes));
        if (FileSniffer.BinaryProblem(sample, isWholeFile: sample.Length == bytes.Length) is { } binary)
        {
            return IngestedRecord.Rejected(file, IngestedRecord.WholeFile, RejectionReason.BinaryFile, binary);
        }

        try
        {
            var hasBom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            text = FileSniffer.StrictUtf8.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            return IngestedRecord.Rejected(file, IngestedRecord.WholeFile, RejectionReason.BinaryFile, "invalid UTF-8: " + ex.Message);
        }

        return FileSniffer.IsBlank(text)
            ? IngestedRecord.Rejected(file, IngestedRecord.WholeFile, RejectionReason.EmptyFile, "the file is empty")
            : null;
    }

    private static bool IsUtf8(byte[] bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes);
}
