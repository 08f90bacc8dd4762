using DanVanBot.App.Hosting;
using DanVanBot.Protocol.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DanVanBot.Bench.Protocol;

/// <summary>
/// The bot for bench/protocol/run.sh, authentication on, the sample plans imported. Storage (--storage):
/// <c>sqlite</c> (default: a temp file on disk), <c>sqlite-tmpfs</c> (the file in /dev/shm, to show what the disk
/// costs) or <c>postgres</c> (a new database through DANVAN_TEST_POSTGRES). Writes a channel token for the given
/// serviceUrl to --token-file, then serves until stopped (SIGTERM). --experiment skip-unchanged-references: see
/// <see cref="SkipUnchangedReferenceStore"/> (not the shipped behaviour).
/// </summary>
public static class ProtocolHost
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var port = args.GetInt("port", 3978);
        var serviceUrl = args.Get("service-url", "http://127.0.0.1:3990/");
        var tokenFile = args.Get("token-file", Path.Combine(Path.GetTempPath(), "danvan-bench-token"));
        await using var database = await OpenAsync(args.Get("storage", "sqlite"));

        await using var kit = await AuthTestKit.StartAsync();
        var app = BotUnderBench.Build(kit, port, new Dictionary<string, string?>
        {
            ["ConnectionStrings:DanVan"] = database.ConnectionString,
            ["Storage:Provider"] = database.Provider,
            ["Plans:SampleFolder"] = SamplePlans.Folder,
        });
        await app.PrepareAsync();
        await app.StartAsync();

        await File.WriteAllTextAsync(tokenFile, kit.CreateChannelToken(serviceUrl));
        // A second token for the turn-latency load generator, whose own Connector listens elsewhere.
        if (args.Has("turn-service-url"))
            await File.WriteAllTextAsync(tokenFile + ".turns", kit.CreateChannelToken(args.Get("turn-service-url", "")));
        Console.WriteLine($"danvanbot bench host on http://127.0.0.1:{port} ({database.Provider}, app id {kit.AppId}, metadata {kit.MetadataUrl})");
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        File.Delete(tokenFile);
        return 0;
    }

    private static async Task<BenchDatabase> OpenAsync(string storage) => storage switch
    {
        "sqlite" => BenchDatabase.CreateSqlite(),
        "sqlite-tmpfs" => BenchDatabase.CreateSqlite("/dev/shm"),
        "postgres" => await BenchDatabase.CreatePostgresAsync(Environment.GetEnvironmentVariable("DANVAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set DANVAN_TEST_POSTGRES (source .ci/postgres.sh).")),
        _ => throw new ArgumentException($"--storage must be sqlite, sqlite-tmpfs or postgres, not '{storage}'."),
    };
}
