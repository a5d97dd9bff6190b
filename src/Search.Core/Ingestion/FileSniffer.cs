using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Search.Core.Ingestion;

/// <summary>Tells binary files from text by their first bytes: a NUL byte or invalid UTF-8 means binary.</summary>
internal static class FileSniffer
{
    public const int SampleBytes = 8 * 1024;

    /// <summary>Strict UTF-8: a file that passed the sniff but is invalid further on is still reported.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="sample">The first bytes of the file.</param>
    /// <param name="isWholeFile">False when the file goes on after the sample (a character may be cut in two).</param>
    public static string? BinaryProblem(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"NUL byte at offset {nul}";
        }

        var status = Utf8.ToUtf16(sample, new char[sample.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: isWholeFile);
        return status == OperationStatus.InvalidData ? $"invalid UTF-8 at offset {read}" : null;
    }

    /// <summary>Reads up to <see cref="SampleBytes"/> from the start of the stream and rewinds it.</summary>
    public static string? BinaryProblem(Stream stream)
    {
        var sample = new byte[SampleBytes];
        var length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var isWholeFile = length < sample.Length;
        stream.Position = 0;
        return BinaryProblem(sample.AsSpan(0, length), isWholeFile);
    }

    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text.Trim('\uFEFF', '\u200B'));
}
