namespace Search.Core.Tests.Ingestion;

/// <summary>
/// The team's shared test data: <c>../shared</c> next to the repository root (the folder holding Search.sln).
/// Its text is third-party and is only read, never copied into the repository.
/// </summary>
internal static class SharedData
{
    public const string SeedFile = "seed/medcom-2021-12-03-lavrov.txt";

    public const string NewsCorpus = "corpus/news";

    private static readonly Lazy<string?> Root = new(FindSharedRoot);

    /// <summary>Where ../shared is expected, for messages.</summary>
    public static string ExpectedLocation =>
        FindRepositoryRoot() is { } repository ? Path.GetFullPath(Path.Combine(repository, "..", "shared")) : "../shared (repository root not found)";

    public static bool IsAvailable => Root.Value is not null;

    /// <summary>The absolute path of a file or folder under ../shared.</summary>
    public static string PathTo(string relative) =>
        Path.Combine(
            Root.Value ?? throw new InvalidOperationException($"Shared test data is missing: expected it at {ExpectedLocation}."),
            relative);

    private static string? FindSharedRoot()
    {
        var shared = ExpectedLocation;
        return Directory.Exists(shared) ? shared : null;
    }

    private static string? FindRepositoryRoot()
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
