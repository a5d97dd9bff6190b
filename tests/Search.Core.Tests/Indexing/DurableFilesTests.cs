using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public sealed class DurableFilesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "search-durable-" + Guid.NewGuid().ToString("N"));

    public DurableFilesTests() => Directory.CreateDirectory(root);

    [Fact]
    public void OnLinuxADirectoryIsOpenedAndFlushedAndAMissingOneIsAnError()
    {
        Assert.Equal(OperatingSystem.IsLinux(), DurableFiles.FlushesDirectories);
        DurableFiles.FlushDirectory(root);
        if (DurableFiles.FlushesDirectories)
        {
            var missing = Path.Combine(root, "missing");
            var error = Assert.Throws<IOException>(() => DurableFiles.FlushDirectory(missing));
            Assert.StartsWith($"open({missing}) failed: ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WritingAtomicallyReplacesTheWholeFileAndLeavesNothingBeside()
    {
        var path = Path.Combine(root, "current");
        File.WriteAllText(path, "gen-1\n");

        DurableFiles.WriteAtomically(path, "gen-2\n"u8);

        Assert.Equal("gen-2\n", File.ReadAllText(path));
        Assert.Equal(["current"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
