using Microsoft.EntityFrameworkCore;
using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.SqlServer;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DanVanBot.Storage.Tests.Migrations;

/// <summary>
/// EF Core's own command-line tool, as a developer or a DBA runs it: it finds the design-time factories, needs no
/// server, and its idempotent SQL Server script parses.
/// </summary>
public sealed class DotnetEfToolTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("danvan-ef-").FullName;

    [RequiresDotnetEfFact]
    public async Task MigrationsScriptIdempotent_SqlServer_ParsesAndMatchesTheInProcessScript()
    {
        var file = Path.Combine(directory, "sqlserver.sql");

        var run = await DotnetEf.RunStorageAsync(
            "migrations", "script", "--idempotent", "--context", "SqlServerDanVanDbContext", "--output", file);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var script = await File.ReadAllTextAsync(file);
        var fragment = TSqlParsing.Parse(script, 160);
        Assert.Equal(SqlServerScriptTests.ExpectedInserts(), TSqlParsing.Count<InsertStatement>(fragment));
        Assert.Equal(Lines(SqlServerScriptTests.IdempotentScript()), Lines(script));
    }

    [RequiresDotnetEfFact]
    public async Task HasPendingModelChanges_EveryContext_NoneAndNoServerNeeded()
    {
        foreach (var context in new[] { "SqliteDanVanDbContext", "PostgresDanVanDbContext", "SqlServerDanVanDbContext" })
        {
            var run = await DotnetEf.RunStorageAsync("migrations", "has-pending-model-changes", "--context", context);

            Assert.True(run.ExitCode == 0, $"{context}: {run.Output}{run.Error}");
            Assert.Contains("No changes have been made to the model", run.Output, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string[] Lines(string text) =>
        text.TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd().Split('\n');
}
