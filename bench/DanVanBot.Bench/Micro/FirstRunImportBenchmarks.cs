using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DanVanBot.App.Features.Plans;
using DanVanBot.Storage;
using DanVanBot.Storage.Plans;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVanBot.Bench.Micro;

/// <summary>
/// First run (issue 3: importing the five samples adds under 1 s to startup). Each iteration gets a brand-new
/// SQLite file; the baseline applies the migrations alone, the other applies them and runs the startup importer
/// (parse every file, upsert through <see cref="IPlanStore"/>). The difference is what the samples add.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class FirstRunImportBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "danvan-bench-firstrun");
    private ServiceProvider? services;

    [IterationSetup]
    public void FreshDatabase()
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:DanVan"] = $"Data Source={file}",
        }).Build();
        services = new ServiceCollection().AddDanVanStorage(configuration).BuildServiceProvider();
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        services?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(folder)) File.Delete(file);
    }

    [Benchmark(Baseline = true)]
    public Task MigrationsOnly() => services!.MigrateDanVanDatabaseAsync();

    [Benchmark]
    public async Task MigrationsAndSamplePlans()
    {
        await services!.MigrateDanVanDatabaseAsync();
        var importer = new SamplePlanImporter(
            services!.GetRequiredService<IPlanStore>(),
            Options.Create(new PlanOptions { SampleFolder = SamplePlans.Folder }),
            NullLogger<SamplePlanImporter>.Instance);
        await importer.ImportAsync(CancellationToken.None);
    }
}
