namespace Search.Bench.Tests;

/// <summary>The repository root (the folder holding Search.sln) and the shared data beside it.</summary>
internal static class BenchPaths
{
    public static string? Repository { get; } = FindRepository();

    /// <summary>The shared news corpus, whose articles the harness recombines.</summary>
    public static string NewsCorpus =>
        Path.GetFullPath(Path.Combine(Repository ?? ".", "..", "shared", "corpus", "news"));

    public static bool SharedCorpusExists => Directory.Exists(NewsCorpus);

    /// <summary>The throw-away PostgreSQL script, when PostgreSQL is installed.</summary>
    public static string? PostgresScript =>
        Repository is { } root && Directory.Exists("/usr/lib/postgresql") ? Path.Combine(root, "scripts", "bench", "postgres.sh") : null;

    private static string? FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
