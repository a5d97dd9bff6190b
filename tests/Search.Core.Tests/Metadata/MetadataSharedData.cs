namespace Search.Core.Tests.Metadata;

/// <summary>
/// Locates the team's shared data (<c>../shared</c> beside the folder holding Search.sln) for the
/// metadata tests. Its text is third-party: read, never copied into the repository.
/// </summary>
internal static class MetadataSharedData
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }

        return null;
    });

    public static string ExpectedLocation => Root.Value ?? "../shared (Search.sln not found above the test binaries)";

    public static bool IsAvailable => Root.Value is { } root && Directory.Exists(root);

    public static string PathTo(string relative) =>
        IsAvailable ? Path.Combine(Root.Value!, relative) : throw new InvalidOperationException($"Shared data missing at {ExpectedLocation}.");
}
