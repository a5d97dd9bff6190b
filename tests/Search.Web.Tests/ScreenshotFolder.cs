namespace Search.Web.Tests;

/// <summary>test-output/screenshots at the repository root (git-ignored), where screenshots go for people to look at.</summary>
public static class ScreenshotFolder
{
    public static string PathOf(string fileName)
    {
        var directory = Path.Combine(RepositoryRoot(), "test-output", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.Delete(path);
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
    }
}
