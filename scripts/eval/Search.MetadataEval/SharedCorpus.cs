namespace Search.MetadataEval;

/// <summary>
/// Finds <c>../shared</c> beside the repository (the folder holding Search.sln), or takes
/// <c>--shared &lt;dir&gt;</c>. Its text is third-party: read here, never copied into the repository.
/// </summary>
internal static class SharedCorpus
{
    public static string Locate(string? overridePath)
    {
        if (overridePath is not null)
        {
            return Path.GetFullPath(overridePath);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
                {
                    return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
                }
            }
        }

        throw new DirectoryNotFoundException("Search.sln not found above the working directory; pass --shared <dir>.");
    }
}
