using System.Diagnostics;
using System.Text;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>What a finished child process printed, and how it ended.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Error);

/// <summary>Runs a real child process (the DanVanBot executable, node, dotnet publish) to its end, within a limit.</summary>
public static class ChildProcess
{
    /// <summary><c>dotnet DanVanBot.dll ARGS</c> from this test's output folder: the CLI exactly as shipped.</summary>
    public static ProcessStartInfo DanVanBot(params string[] args) =>
        Command("dotnet", [Path.Combine(AppContext.BaseDirectory, "DanVanBot.dll"), .. args]);

    public static ProcessStartInfo Command(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    /// <param name="limit">An upper bound for a hung process (default 2 minutes, generous for a loaded machine);
    /// past it the process is killed and the test fails.</param>
    public static async Task<ProcessRun> RunAsync(ProcessStartInfo start, TimeSpan? limit = null)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in time.");
        }
        return new ProcessRun(process.ExitCode, await output, await error);
    }
}
