using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.TeamsPackage;

/// <summary>
/// Runs tools/appmanifest/validate.js (Microsoft's schemas from npm @microsoft/app-manifest 1.1.2, read from disk,
/// never fetched) on an unpacked package. Install once with <c>npm ci</c> in tools/appmanifest.
/// </summary>
public static class AppManifestValidator
{
    public static string ToolDirectory => RepoFile("tools", "appmanifest");

    /// <summary>Why the validator cannot run here, or null when it can.</summary>
    public static string? MissingReason()
    {
        if (!File.Exists(Path.Combine(ToolDirectory, "node_modules", "@microsoft", "app-manifest", "package.json")))
            return "tools/appmanifest/node_modules is missing: run `npm ci` in tools/appmanifest.";
        return FindNode() is null ? "node is not on PATH." : null;
    }

    /// <summary>The validator's report: {manifest: {schemaFile, version, errors}, localizations: {file: {…}}}.</summary>
    public static async Task<JsonObject> ValidateAsync(TestPackage package)
    {
        var folder = Directory.CreateTempSubdirectory("danvanbot-appmanifest-").FullName;
        try
        {
            foreach (var (name, content) in package.Files) await File.WriteAllBytesAsync(Path.Combine(folder, name), content);
            var start = ChildProcess.Command(FindNode() ?? throw new InvalidOperationException("node is not on PATH."),
                Path.Combine(ToolDirectory, "validate.js"), folder);
            start.WorkingDirectory = ToolDirectory;
            var run = await ChildProcess.RunAsync(start);
            if (run.ExitCode != 0) throw new InvalidOperationException($"validate.js failed ({run.ExitCode}): {run.Error}");
            return JsonNode.Parse(run.Output)!.AsObject();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// A fact that needs node and tools/appmanifest/node_modules: skipped with the reason when they are missing,
/// except under CI=true, where it runs (and fails) so a broken CI setup cannot pass silently.
/// </summary>
public sealed class RequiresAppManifestFactAttribute : FactAttribute
{
    public RequiresAppManifestFactAttribute()
    {
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip = onCi ? null : AppManifestValidator.MissingReason();
    }
}
