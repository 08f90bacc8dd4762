namespace DanVanBot.EndToEnd.Tests;

internal static class EndToEndTools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string PlaygroundBinary => Path.Combine(RepoRoot, "tools", "playground", "node_modules", ".bin", "agentsplayground");

    public static string? Missing()
    {
        if (!File.Exists(ChromiumPath)) return $"Chromium not found at {ChromiumPath}";
        if (!File.Exists(PlaygroundBinary)) return $"Agents Playground not installed ({PlaygroundBinary})";
        return null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DanVanBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DanVanBot.sln not found above " + AppContext.BaseDirectory);
    }
}
