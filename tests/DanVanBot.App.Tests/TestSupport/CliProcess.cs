using System.Diagnostics;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// The real <c>DanVanBot</c> executable in a child process, on a SQLite file of its own (in a temporary folder
/// deleted on dispose) and no sample plans, so counts are the test's alone.
/// </summary>
public sealed class CliProcess : IDisposable
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("danvanbot-cli-").FullName;

    public string DatabaseFile => Path.Combine(Directory, "cli.db");

    /// <summary>Extra settings as environment variables (e.g. <c>Storage__MigrateAtStartup</c>).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public async Task<Run> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVanBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__DanVan"] = $"Data Source={DatabaseFile}";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Plans__SampleFolder"] = "";
        foreach (var (key, value) in Environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
        return new Run(process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly. */ }
    }
}
