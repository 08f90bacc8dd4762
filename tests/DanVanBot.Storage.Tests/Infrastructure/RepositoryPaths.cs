namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from (found by walking up to DanVanBot.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string StorageProject => Path.Combine(Root, "src", "DanVanBot.Storage");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVanBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("DanVanBot.sln not found above " + AppContext.BaseDirectory);
    }
}
