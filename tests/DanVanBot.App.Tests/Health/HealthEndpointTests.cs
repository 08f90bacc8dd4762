using System.Net;
using System.Text.Json.Nodes;
using DanVanBot.App.Hosting;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVanBot.App.Tests.Health;

/// <summary>/healthz and /healthz/ready over real HTTP, on a real SQLite file.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly HttpClient http = new();

    private async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(RunningBot bot, string path)
    {
        using var response = await http.GetAsync(new Uri(bot.BaseAddress, path));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static string LastMigration(RunningBot bot)
    {
        using var db = bot.Services.GetRequiredService<IDbContextFactory<DanVanDbContext>>().CreateDbContext();
        return db.Database.GetMigrations().Last();
    }

    private static string Status(JsonObject body, string check) => body["checks"]![check]!["status"]!.GetValue<string>();

    [Fact]
    public async Task Healthz_AfterStartup_ReportsDatabaseSchemaVersionAndAppVersion()
    {
        await using var bot = await RunningBot.StartAsync();

        var (status, body) = await GetAsync(bot, "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal(AppVersion.Informational, body["appVersion"]!.GetValue<string>());
        Assert.Equal(LastMigration(bot), body["schemaVersion"]!.GetValue<string>());
        Assert.Equal("Healthy", Status(body, "database"));
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", body["checks"]!["database"]!["data"]!["provider"]!.GetValue<string>());
        Assert.Equal(0, body["checks"]!["database"]!["data"]!["pendingMigrations"]!.GetValue<int>());
        Assert.Equal("Healthy", Status(body, "startup"));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(bot, "/healthz/ready")).Status);
    }

    [Fact]
    public async Task Healthz_ShowsEveryRegisteredCheck_AndOnlyReadyChecksGateReadiness()
    {
        // Stands for a check another part registers (e.g. the turn workers'): it appears without changes to /healthz.
        await using var bot = await RunningBot.StartAsync(replaceServices: services => services.AddHealthChecks()
            .AddCheck("other-part", () => HealthCheckResult.Degraded("one of two workers restarted")));

        var (status, body) = await GetAsync(bot, "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body["status"]!.GetValue<string>());
        Assert.Equal("Degraded", Status(body, "other-part"));
        Assert.Equal("one of two workers restarted", body["checks"]!["other-part"]!["description"]!.GetValue<string>());
        var (readyStatus, ready) = await GetAsync(bot, "/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Null(ready["checks"]!["other-part"]);
    }

    [Fact]
    public async Task Ready_BeforeMigrationsAndFirstRunImport_Is503_ThenReadyAfterThem()
    {
        await using var bot = await RunningBot.StartAsync(prepare: false);

        var (status, body) = await GetAsync(bot, "/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.NotEqual("Healthy", Status(body, "database"));
        Assert.Equal("Degraded", Status(body, "startup"));
        Assert.Null(body["schemaVersion"]);

        await bot.PrepareAsync();

        var (after, ready) = await GetAsync(bot, "/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(LastMigration(bot), ready["schemaVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Healthz_DatabaseUnreachable_Is503AndSaysSo()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"danvanbot-no-such-folder-{Guid.NewGuid():N}", "bot.db");
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?> { ["ConnectionStrings:DanVan"] = $"Data Source={missing}" }, prepare: false);

        var (status, body) = await GetAsync(bot, "/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["status"]!.GetValue<string>());
        Assert.Equal("Unhealthy", Status(body, "database"));
        Assert.DoesNotContain("no-such-folder", body.ToJsonString(), StringComparison.Ordinal);
    }

    public void Dispose() => http.Dispose();
}
