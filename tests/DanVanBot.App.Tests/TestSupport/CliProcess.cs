using System.Diagnostics;

namespace DanVanBot.App.Tests.TestSupport;

public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>The real executable in a child process, on a SQLite file of the caller's directory (the sample plans imported on first use).</summary>
public static class CliProcess
{
    public static async Task<CliRun> RunAsync(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVanBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__DanVan"] = $"Data Source={Path.Combine(directory, "cli.db")}";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Plans__SampleFolder"] = Path.Combine(AppContext.BaseDirectory, "data", "plans");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(limit.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
