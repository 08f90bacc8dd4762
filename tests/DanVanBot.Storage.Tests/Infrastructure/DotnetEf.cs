using System.Diagnostics;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// The repository's pinned <c>dotnet-ef</c> (.config/dotnet-tools.json), run in a child process from the
/// repository root against the Storage project as this test run built it (no second build).
/// </summary>
public static class DotnetEf
{
    public sealed record Run(int ExitCode, string Output, string Error);

    private static readonly Lazy<bool> Restored = new(() => RunAsync(["--version"]).GetAwaiter().GetResult().ExitCode == 0);

    public static bool IsRestored => Restored.Value;

    public static Task<Run> RunStorageAsync(params string[] args) => RunAsync([
        .. args, "--no-build", "--project", RepositoryPaths.StorageProject, "--configuration", Configuration,
    ]);

    private static async Task<Run> RunAsync(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("ef");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return new Run(process.ExitCode, await output, await error);
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}

/// <summary>
/// A fact that runs the pinned dotnet-ef tool. Skipped locally until <c>dotnet tool restore</c> has run; never
/// on CI (CI=true), where .ci/run restores it and a missing tool must fail.
/// </summary>
public sealed class RequiresDotnetEfFactAttribute : FactAttribute
{
    public RequiresDotnetEfFactAttribute()
    {
        if (!PostgresServer.IsCi && !DotnetEf.IsRestored)
        {
            Skip = "The dotnet-ef tool is not restored: run `dotnet tool restore` in the repository.";
        }
    }
}
