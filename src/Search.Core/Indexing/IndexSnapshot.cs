using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// A consistent copy of the live index's latest commit, taken while the index is served and written.
/// A commit's files never change; every one of them is opened before the first is copied, so a writer
/// that deletes them after a newer commit cannot pull one away (an unlinked file stays readable while
/// open). If a file is already gone when opened, the copy starts over from the newer commit. Every copied
/// file, the copy's directory and its parent are flushed to disk before the snapshot is reported.
/// </summary>
public static class IndexSnapshot
{
    private const int Attempts = 5;

    /// <summary>Copies the latest commit under <paramref name="root"/> into <paramref name="destination"/>, which must not exist.</summary>
    /// <exception cref="IOException">The destination exists, or the copy kept racing newer commits.</exception>
    public static SnapshotResult Create(string root, string destination)
    {
        destination = Path.GetFullPath(destination);
        if (Path.Exists(destination))
        {
            throw new IOException($"{destination} already exists; a snapshot goes into a new directory.");
        }

        var live = IndexLayout.LiveDirectory(Path.GetFullPath(root));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Copy(live, destination);
            }
            catch (Exception ex) when (ex is FileNotFoundException && attempt < Attempts)
            {
                // A newer commit replaced the one being read between listing and opening: take that one.
            }
        }
    }

    private static SnapshotResult Copy(string live, string destination)
    {
        using var directory = FSDirectory.Open(live);
        var commit = new SegmentInfos();
        commit.Read(directory);
        var files = commit.GetFiles(directory, includeSegmentsFile: true)
            .OrderBy(f => f.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        var sources = new List<FileStream>();
        var partial = destination + ".partial";
        try
        {
            foreach (var file in files)
            {
                sources.Add(new FileStream(Path.Combine(live, file), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            }

            if (System.IO.Directory.Exists(partial))
            {
                System.IO.Directory.Delete(partial, recursive: true);
            }

            System.IO.Directory.CreateDirectory(partial);
            long bytes = 0;
            for (var i = 0; i < files.Count; i++)
            {
                using var target = new FileStream(Path.Combine(partial, files[i]), FileMode.CreateNew, FileAccess.Write);
                sources[i].CopyTo(target);
                target.Flush(flushToDisk: true);
                bytes += target.Length;
            }

            DurableFiles.FlushDirectory(partial);
            System.IO.Directory.Move(partial, destination);
            DurableFiles.FlushDirectory(Path.GetDirectoryName(destination)!);
            using var copy = FSDirectory.Open(destination);
            using var reader = DirectoryReader.Open(copy);
            return new SnapshotResult(destination, live, commit.Generation, files.Count, bytes, reader.NumDocs);
        }
        finally
        {
            sources.ForEach(s => s.Dispose());
        }
    }
}
