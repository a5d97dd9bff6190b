using System.Runtime.InteropServices;

namespace Search.Core.Indexing;

/// <summary>
/// Makes file replacements survive a power cut. Flushing a file's bytes (<see cref="FileStream.Flush(bool)"/>)
/// does not make its name durable: a new name, a rename or a new directory entry lives in the directory,
/// which has to be flushed too. .NET cannot open a directory as a file, so on Linux the directory is opened
/// with <c>open(2)</c> and flushed with <c>fsync(2)</c> from libc. Elsewhere directory flushes are skipped:
/// Windows cannot open a directory for flushing and journals its metadata (NTFS).
/// </summary>
public static class DurableFiles
{
    private const int ReadOnly = 0; // O_RDONLY: a directory can be opened read-only on Linux, and fsync needs no more.

    /// <summary>True where <see cref="FlushDirectory"/> really flushes (Linux); false where it does nothing.</summary>
    public static bool FlushesDirectories => OperatingSystem.IsLinux();

    /// <summary>Writes <paramref name="content"/> to a file beside <paramref name="path"/>, flushes it and renames it over <paramref name="path"/>, then flushes the directory.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        var pending = path + ".pending";
        using (var stream = new FileStream(pending, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        Replace(pending, path);
    }

    /// <summary>Renames a flushed file over <paramref name="target"/> and flushes the directory, so the new name survives a crash.</summary>
    public static void Replace(string flushedSource, string target)
    {
        File.Move(flushedSource, target, overwrite: true);
        FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
    }

    /// <summary>Flushes a directory's entries (the names of the files in it) to disk.</summary>
    /// <exception cref="IOException">The directory could not be opened or flushed.</exception>
    public static void FlushDirectory(string directory)
    {
        if (!FlushesDirectories)
        {
            return;
        }

        var fd = Native.Open(directory, ReadOnly);
        if (fd < 0)
        {
            throw Failure("open", directory);
        }

        try
        {
            if (Native.Fsync(fd) != 0)
            {
                throw Failure("fsync", directory);
            }
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    private static IOException Failure(string call, string directory) =>
        new($"{call}({directory}) failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");

    private static class Native
    {
        private const string LibC = "libc.so.6";

        [DllImport(LibC, EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport(LibC, EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int fd);

        [DllImport(LibC, EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
