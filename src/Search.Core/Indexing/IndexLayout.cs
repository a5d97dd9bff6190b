using System.Globalization;
using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// Where the live index under an index root is. A root holds either one index itself (the flat layout a
/// first incremental run writes) or generations <c>gen-1</c>, <c>gen-2</c>… beside a pointer file
/// <c>current</c> naming the live one. A rebuild writes a new generation and then replaces the pointer
/// with an atomic rename, so a reader sees the old generation or the new one, never a half-built index.
/// </summary>
public static class IndexLayout
{
    /// <summary>The pointer file: one line, the name of the live generation directory.</summary>
    public const string PointerFile = "current";

    private const string GenerationPrefix = "gen-";

    /// <summary>The directory of the live index: the generation the pointer names, else the root itself.</summary>
    /// <exception cref="InvalidDataException">The pointer names something that is not a generation of this root.</exception>
    public static string LiveDirectory(string root)
    {
        var pointer = Path.Combine(root, PointerFile);
        string name;
        try
        {
            name = File.ReadAllText(pointer).Trim();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return root;
        }

        return GenerationNumber(name) is not null
            ? Path.Combine(root, name)
            : throw new InvalidDataException($"{pointer} should name a generation directory such as gen-3; it says '{name}'.");
    }

    /// <summary>Creates the next generation directory (one above the highest present) and returns its path.</summary>
    public static string CreateNextGeneration(string root)
    {
        System.IO.Directory.CreateDirectory(root);
        var next = Generations(root).Select(g => GenerationNumber(Path.GetFileName(g))!.Value).DefaultIfEmpty(0).Max() + 1;
        var path = Path.Combine(root, GenerationPrefix + next.ToString(CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Makes <paramref name="generation"/> the live index: the pointer is written beside, flushed and renamed
    /// over, and the root directory flushed, so after a crash the pointer names the old generation or the new one.
    /// </summary>
    public static void Switch(string root, string generation)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(generation));
        if (GenerationNumber(name) is null || !System.IO.Directory.Exists(Path.Combine(root, name)))
        {
            throw new ArgumentException($"{generation} is not a generation directory of {root}.", nameof(generation));
        }

        // The generation's file names and its own entry in the root must be on disk before the pointer names it.
        DurableFiles.FlushDirectory(Path.Combine(root, name));
        DurableFiles.FlushDirectory(root);
        DurableFiles.WriteAtomically(Path.Combine(root, PointerFile), System.Text.Encoding.UTF8.GetBytes(name + "\n"));
    }

    /// <summary>The generation directories of a root, oldest first.</summary>
    public static IReadOnlyList<string> Generations(string root) =>
        System.IO.Directory.Exists(root)
            ? System.IO.Directory.EnumerateDirectories(root, GenerationPrefix + "*")
                .Where(d => GenerationNumber(Path.GetFileName(d)) is not null)
                .OrderBy(d => GenerationNumber(Path.GetFileName(d)))
                .ToList()
            : [];

    /// <summary>
    /// Deletes generations older than the live one and the one before it, and a superseded flat index in
    /// the root, skipping any whose write lock is held (a process still writes there). Returns what it deleted.
    /// </summary>
    public static IReadOnlyList<string> RemoveStaleGenerations(string root)
    {
        var live = Path.GetFileName(LiveDirectory(root));
        var all = Generations(root);
        var liveIndex = all.ToList().FindIndex(g => Path.GetFileName(g) == live);
        var removed = new List<string>();
        for (var i = 0; i < liveIndex - 1; i++)
        {
            if (IsUnlocked(all[i]))
            {
                System.IO.Directory.Delete(all[i], recursive: true);
                removed.Add(all[i]);
            }
        }

        if (File.Exists(Path.Combine(root, PointerFile)) && HasFlatIndex(root) && IsUnlocked(root))
        {
            // The index a first incremental run wrote into the root itself, superseded by the first generation.
            foreach (var file in System.IO.Directory.EnumerateFiles(root).Where(IsIndexFile).ToList())
            {
                File.Delete(file);
            }

            removed.Add(root);
        }

        return removed;
    }

    private static bool HasFlatIndex(string root) => System.IO.Directory.EnumerateFiles(root).Any(IsIndexFile);

    private static bool IsIndexFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal) || name == Lucene.Net.Index.IndexWriter.WRITE_LOCK_NAME;
    }

    private static bool IsUnlocked(string directory)
    {
        using var fs = ExclusiveFileLockFactory.OpenDirectory(directory);
        using var writeLock = fs.MakeLock(Lucene.Net.Index.IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain())
        {
            return false;
        }

        writeLock.Dispose();
        return true;
    }

    private static int? GenerationNumber(string name) =>
        name.StartsWith(GenerationPrefix, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(GenerationPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n > 0
            ? n
            : null;
}
