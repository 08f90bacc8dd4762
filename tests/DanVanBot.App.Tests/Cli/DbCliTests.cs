using System.Text.Json;
using DanVanBot.Storage;
using Microsoft.EntityFrameworkCore;
using DanVanBot.App.Tests.TestSupport;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Cli;

/// <summary><c>DanVanBot db migrate|script|status</c> and <c>Storage:MigrateAtStartup=false</c>, as the real executable.</summary>
public sealed class DbCliTests : IDisposable
{
    // Every migration of the SQLite set, the newest included, so adding one needs no edit here.
    private static readonly string[] Migrations = MigrationsOf(StorageProvider.Sqlite);

    private readonly CliProcess cli = new();

    [Fact]
    public async Task StatusThenMigrate_NewDatabase_AllPendingThenAllApplied()
    {
        var before = await cli.RunAsync("db", "status", "--json");
        var migrate = await cli.RunAsync("db", "migrate");
        var again = await cli.RunAsync("db", "migrate");
        var after = await cli.RunAsync("db", "status", "--json");

        Assert.Equal((0, 0, 0, 0), (before.ExitCode, migrate.ExitCode, again.ExitCode, after.ExitCode));
        AssertStatus(before.Output, applied: [], pending: Migrations);
        Assert.Equal($"Đã áp dụng {Migrations.Length} migration vào cơ sở dữ liệu Sqlite: {string.Join(", ", Migrations)}.", migrate.Output.Trim());
        Assert.Equal($"Cơ sở dữ liệu Sqlite đã có đủ {Migrations.Length} migration; không có gì để áp dụng.", again.Output.Trim());
        AssertStatus(after.Output, applied: Migrations, pending: []);
    }

    [Fact]
    public async Task Status_Text_ListsAppliedAndMissing()
    {
        var run = await cli.RunAsync("db", "status");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Cơ sở dữ liệu Sqlite: 0 migration đã áp dụng, {Migrations.Length} còn thiếu.", run.Output, StringComparison.Ordinal);
        Assert.Contains("còn thiếu   20261121000003_AddPendingPlanImports", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_SqlServerFromAddPlans_OnlyWhatComesAfterAndNoDatabaseTouched()
    {
        var run = await cli.RunAsync("db", "script", "--provider", "SqlServer", "--from", "AddPlans");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CREATE TABLE [PendingPlanImports]", run.Output, StringComparison.Ordinal);
        Assert.Contains("N'20261121000003_AddPendingPlanImports'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE TABLE [Plans]", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.DatabaseFile));
    }

    [Fact]
    public async Task Script_ConfiguredProviderToFile_WritesThatDialectUpToTheTarget()
    {
        var file = Path.Combine(cli.Directory, "upgrade.sql");

        var run = await cli.RunAsync("db", "script", "--to", "20261121000002_AddPlans", "--output", file);

        Assert.Equal((0, ""), (run.ExitCode, run.Output));
        var sql = await File.ReadAllTextAsync(file);
        Assert.Contains("CREATE TABLE \"Plans\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"Id\" TEXT NOT NULL", sql, StringComparison.Ordinal); // SQLite's dialect: the configured provider
        Assert.DoesNotContain("PendingPlanImports", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_PostgresIdempotent_EveryMigrationGuarded()
    {
        var run = await cli.RunAsync("db", "script", "--provider", "postgres", "--idempotent");

        Assert.Equal(0, run.ExitCode);
        Assert.All(MigrationsOf(StorageProvider.Postgres), id => Assert.Contains(
            $"IF NOT EXISTS(SELECT 1 FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{id}')", run.Output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--from", "AddReports", "Không có migration “AddReports”")]
    [InlineData("--provider", "Oracle", "--provider phải là Sqlite, Postgres hoặc SqlServer")]
    [InlineData("--idempotent", "true", "Sqlite không hỗ trợ script --idempotent")]
    public async Task Script_UnknownName_ExplainsAndFails(string option, string value, string message)
    {
        var run = await cli.RunAsync("db", "script", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task MigrateAtStartupFalse_ImportRefusedUntilDbMigrate()
    {
        cli.Environment["Storage__MigrateAtStartup"] = "false";
        var sample = RepoFile("data", "plans", "000_a87dec2e8e1edcf9.txt");

        var refused = await cli.RunAsync("plans", "import", sample);
        var migrate = await cli.RunAsync("db", "migrate");
        var imported = await cli.RunAsync("plans", "import", sample);

        Assert.Equal(6, refused.ExitCode);
        Assert.Contains("Lỗi cơ sở dữ liệu: Storage:MigrateAtStartup is false", refused.Error, StringComparison.Ordinal);
        Assert.Contains("DanVanBot db migrate", refused.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0), (migrate.ExitCode, imported.ExitCode));
        Assert.StartsWith("Đã tạo mới", imported.Output, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();

    private static void AssertStatus(string json, string[] applied, string[] pending)
    {
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("Sqlite", root.GetProperty("provider").GetString());
        Assert.Equal(applied, root.GetProperty("applied").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(pending, root.GetProperty("pending").EnumerateArray().Select(e => e.GetString()));
    }

    // Each provider's migrations are generated separately, so their timestamps differ.
    private static string[] MigrationsOf(StorageProvider provider)
    {
        using var context = DanVanContexts.CreateWithoutDatabase(provider);
        return [.. context.Database.GetMigrations()];
    }
}
