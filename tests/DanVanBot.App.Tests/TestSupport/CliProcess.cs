namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// The real <c>DanVanBot</c> executable in a child process, on a SQLite file of its own (in a temporary folder
/// deleted on dispose) and no sample plans, so counts are the test's alone; <see cref="WithSamplePlans"/> imports them on
/// first use for tests that need their organisations and units.
/// </summary>
public sealed class CliProcess : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("danvanbot-cli-").FullName;

    public string DatabaseFile => Path.Combine(Directory, "cli.db");

    /// <summary>Extra settings as environment variables (e.g. <c>Storage__MigrateAtStartup</c>).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public bool WithSamplePlans { get; init; }

    public Task<ProcessRun> RunAsync(params string[] args)
    {
        var start = ChildProcess.DanVanBot(args);
        start.Environment["ConnectionStrings__DanVan"] = $"Data Source={DatabaseFile}";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Plans__SampleFolder"] = WithSamplePlans ? Path.Combine(AppContext.BaseDirectory, "data", "plans") : "";
        foreach (var (key, value) in Environment) start.Environment[key] = value;
        return ChildProcess.RunAsync(start);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly. */ }
    }
}
