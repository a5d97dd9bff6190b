using System.Globalization;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace Search.Core.Searching;

/// <summary>
/// Keeps chosen index files in memory while they are served (<c>SearchOptions.ResidentFiles</c>). Lucene maps the
/// index files into the process: a page is read from disk the first time a search touches it, and the kernel may
/// drop the file pages no process has mapped (a host's proactive reclaim does so after a minute or more without
/// use), so a later search waits on the disk again. When a searcher opens, the mapped ranges of its segments' files with a
/// chosen extension are populated once, on a background thread (Linux 5.14+ <c>madvise(MADV_POPULATE_READ)</c>):
/// every page is read and mapped, and stays until the file is closed. Nothing is locked: under real memory
/// pressure the kernel still takes pages back, and a search reads them again. The pages count in the RSS.
/// Files read a few pages at a time at random places (<c>SearchOptions.RandomReadFiles</c>: the stored fields of a
/// page of hits) are marked for random reads instead (<c>MADV_RANDOM</c>): a page not in memory then costs one read
/// of that page, not of the megabytes around it that the disk's read-ahead would fetch.
/// </summary>
/// <param name="extensions">Extensions of the files to populate.</param>
/// <param name="randomRead">Extensions of the files to mark for random reads.</param>
internal sealed class ResidentIndexFiles(IReadOnlySet<string> extensions, IReadOnlySet<string> randomRead, ILogger logger)
{
    private const int MadviseRandom = 1;
    private const int MadvisePopulateRead = 22;
    private const int NoSuchMapping = 12; // ENOMEM: the file was closed (and unmapped) meanwhile.
    private readonly HashSet<(string Path, long Start)> populated = [];
    private readonly System.Threading.Lock gate = new();
    private Task pending = Task.CompletedTask;
    private bool unsupported;

    /// <summary>Extensions as the option writes them: comma-separated, without dots ("tim,doc"); empty keeps none.</summary>
    public static IReadOnlySet<string> ParseExtensions(string option) =>
        option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.TrimStart('.').ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The populating under way (or the last one): done when every file handed over so far is resident.</summary>
    public Task Pending
    {
        get
        {
            lock (gate)
            {
                return pending;
            }
        }
    }

    /// <summary>Makes the chosen files of <paramref name="reader"/>'s segments (in <paramref name="directory"/>) resident, in the background.</summary>
    public void Keep(IndexReader reader, string directory)
    {
        if ((extensions.Count == 0 && randomRead.Count == 0) || !OperatingSystem.IsLinux())
        {
            return;
        }

        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in reader.Leaves.Select(leaf => leaf.AtomicReader).OfType<SegmentReader>().SelectMany(segment => segment.SegmentInfo.GetFiles()))
        {
            var extension = Path.GetExtension(file).TrimStart('.').ToLowerInvariant();
            if (extensions.Contains(extension) || randomRead.Contains(extension))
            {
                files[Canonical(Path.Combine(directory, file))] = extensions.Contains(extension) ? MadvisePopulateRead : MadviseRandom;
            }
        }

        if (files.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            pending = pending.ContinueWith(_ => Populate(files), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private void Populate(Dictionary<string, int> files)
    {
        if (unsupported)
        {
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<(string Path, long Start, long Length)> mapped;
        try
        {
            mapped = MappedRanges().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            unsupported = true;
            logger.LogWarning(ex, "Cannot read the process's mappings; index pages are read from disk on demand");
            return;
        }

        // Forget ranges that are gone (a closed generation's): the address may come back with another file.
        populated.IntersectWith(mapped.Select(r => (r.Path, r.Start)));
        long bytes = 0;
        var count = 0;
        var random = 0;
        foreach (var range in mapped.Where(r => files.ContainsKey(r.Path) && !populated.Contains((r.Path, r.Start))))
        {
            var advice = files[range.Path];
            if (Native.Madvise((nint)range.Start, (nuint)range.Length, advice) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                if (error == NoSuchMapping)
                {
                    continue;
                }

                unsupported = true;
                logger.LogWarning("Cannot keep index files resident ({Error}); pages are read from disk on demand", Marshal.GetPInvokeErrorMessage(error));
                return;
            }

            populated.Add((range.Path, range.Start));
            if (advice == MadviseRandom)
            {
                random++;
                continue;
            }

            bytes += range.Length;
            count++;
        }

        if (count + random > 0)
        {
            logger.LogInformation(
                "Kept {Files} index file mappings resident ({Megabytes} MiB) in {ElapsedMs} ms; marked {RandomFiles} for random reads",
                count, bytes >> 20, clock.ElapsedMilliseconds, random);
        }
    }

    /// <summary>The path as the kernel names a mapped file: absolute, every symbolic link on the way resolved.</summary>
    private static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        var canonical = Path.GetPathRoot(full) ?? "/";
        foreach (var part in full[canonical.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(canonical, part);
            canonical = new FileInfo(next).LinkTarget is null ? next : File.ResolveLinkTarget(next, returnFinalTarget: true)?.FullName ?? next;
        }

        return canonical;
    }

    /// <summary>The process's file mappings, from Linux's /proc/self/maps ("start-end perms offset dev inode path").</summary>
    private static IEnumerable<(string Path, long Start, long Length)> MappedRanges()
    {
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // No field before the path holds a slash.
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                continue;
            }

            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var start = long.Parse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = long.Parse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            yield return (line[slash..], start, end - start);
        }
    }

    private static class Native
    {
        [DllImport("libc.so.6", EntryPoint = "madvise", SetLastError = true)]
        public static extern int Madvise(nint address, nuint length, int advice);
    }
}
