using System.Diagnostics;
using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// The bot as a separate process (<c>dotnet DanVanBot.dll</c> from this test's output folder), configured by environment
/// variables: what a second instance or a restart after a crash really is. Killed with its process tree on dispose.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private AppProcess(Process process) => this.process = process;

    public string Output { get { lock (output) return string.Join('\n', output); } }

    public static async Task<AppProcess> StartAsync(IDictionary<string, string> settings)
    {
        var start = ChildProcess.DanVanBot();
        start.WorkingDirectory = AppContext.BaseDirectory;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(app.started.Task, exited, Task.Delay(TimeSpan.FromSeconds(120))) != app.started.Task)
            throw new InvalidOperationException("The bot did not start:\n" + app.Output);
        return app;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as a crash.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
        if (line.Contains("Application started", StringComparison.Ordinal)) started.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }
}
