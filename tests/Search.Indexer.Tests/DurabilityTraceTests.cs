using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Search.Indexer.Tests;

/// <summary>
/// Watches the real indexer's system calls with strace: a power cut must not undo a generation switch or a
/// snapshot, so after each rename the directory holding the new name is opened and fsynced.
/// </summary>
public sealed partial class DurabilityTraceTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "search-trace-test-" + Guid.NewGuid().ToString("N"));

    private string Input => Path.Combine(root, "input");

    private string IndexRoot => Path.Combine(root, "index");

    public DurabilityTraceTests()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllLines(Path.Combine(Input, "a.jsonl"), Enumerable.Range(1, 3).Select(i =>
            $$"""{"id":"fs-{{i}}","url":"https://contoh.id/{{i}}","source":"contoh.id","title":"Judul {{i}}","published":"2024-01-0{{i}}T08:00:00+07:00","category":"Daerah","body":"Isi berita nomor {{i}}.","tags":[],"persons":[]}"""));
    }

    [StraceFact]
    public void ARebuildFsyncsTheGenerationAndTheRootAroundThePointerRenameAndASnapshotFsyncsItsParent()
    {
        var rebuild = Trace("index", Input, "--index", IndexRoot, "--rebuild");
        var generation = Path.Combine(IndexRoot, "gen-1");
        var rename = rebuild.FindIndex(c => c.Name.StartsWith("rename", StringComparison.Ordinal) && c.Args.Contains($"\"{Path.Combine(IndexRoot, "current")}\"", StringComparison.Ordinal));
        Assert.True(rename >= 0, "no rename onto the pointer file:\n" + string.Join('\n', rebuild.TakeLast(30)));
        Assert.True(FsyncedDirectory(rebuild[..rename], generation), "gen-1 was not fsynced before the pointer named it");
        Assert.True(FsyncedDirectory(rebuild[..rename], IndexRoot), "the root was not fsynced before the pointer named gen-1");
        Assert.True(FsyncedDirectory(rebuild[(rename + 1)..], IndexRoot), "the root was not fsynced after the pointer rename");

        var snapshot = Path.Combine(root, "backups", "snap-1");
        Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
        var copy = Trace("snapshot", snapshot, "--index", IndexRoot);
        var move = copy.FindIndex(c => c.Name.StartsWith("rename", StringComparison.Ordinal) && c.Args.Contains($"\"{snapshot}\"", StringComparison.Ordinal));
        Assert.True(move >= 0, "no rename onto the snapshot directory");
        Assert.True(FsyncedDirectory(copy[..move], snapshot + ".partial"), "the snapshot's files were not made durable before its rename");
        Assert.True(FsyncedDirectory(copy[(move + 1)..], Path.GetDirectoryName(snapshot)!), "the snapshot's parent was not fsynced after its rename");
    }

    /// <summary>True when <paramref name="calls"/> open <paramref name="directory"/> and at once fsync that descriptor.</summary>
    private static bool FsyncedDirectory(List<SystemCall> calls, string directory)
    {
        var opened = calls
            .Select((c, i) => (Call: c, Index: i))
            .Where(x => x.Call.Name is "open" or "openat" && x.Call.Args.Contains($"\"{directory}\"", StringComparison.Ordinal) && x.Call.Result >= 0)
            .ToList();
        // The very next traced call of that thread is the fsync of the descriptor just opened.
        return opened.Any(o => calls.Skip(o.Index + 1).FirstOrDefault(c => c.Pid == o.Call.Pid) is { Name: "fsync", Result: 0 } next
            && next.Args == o.Call.Result.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private List<SystemCall> Trace(params string[] arguments)
    {
        var log = Path.Combine(root, $"strace-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo("strace")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-f", "-qq", "-e", "trace=open,openat,fsync,rename,renameat,renameat2", "-o", log, "dotnet", CrashSafetyTests.IndexerDll(), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the traced indexer did not finish");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {output.Result} {errors.Result}");
        return File.ReadLines(log).Select(SystemCall.Parse).OfType<SystemCall>().ToList();
    }

    private sealed record SystemCall(int Pid, string Name, string Args, long Result)
    {
        public static SystemCall? Parse(string line)
        {
            var match = Line().Match(line);
            return match.Success
                ? new SystemCall(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, match.Groups[3].Value, long.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture))
                : null;
        }
    }

    [GeneratedRegex(@"^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+)")]
    private static partial Regex Line();

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
