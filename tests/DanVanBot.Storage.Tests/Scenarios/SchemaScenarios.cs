using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>Schema checks shared by both providers; each provider's test class runs them on its own server.</summary>
public static class SchemaScenarios
{
    /// <summary>Tables every migration set must produce; keeps the equality check from passing on two empty schemas.</summary>
    private static readonly string[] ExpectedTables =
    [
        "ConversationReferences", "Organisations", "Units", "Plans", "Obligations", "ObligationUnits",
        "Occurrences", "Reports", "People", "Memberships", "JoinRequests", "AuditEntries",
    ];

    public static async Task MigratedSchemaEqualsModelDdl(IStorageHost host)
    {
        var migrated = await host.CreateDatabaseAsync();
        await migrated.MigrateAsync();
        var created = await host.CreateDatabaseAsync();
        await created.EnsureCreatedAsync();

        var fromMigrations = await migrated.ReadSchemaAsync();
        var fromModel = await created.ReadSchemaAsync();

        foreach (var table in ExpectedTables)
        {
            Assert.Contains($"table {table}", fromModel);
        }

        Assert.Equal(string.Join('\n', fromModel), string.Join('\n', fromMigrations));
    }

    public static async Task MigrateEmptyDatabaseAppliesEveryMigration(IStorageHost host)
    {
        var database = await host.CreateDatabaseAsync();
        await database.MigrateAsync();

        await using var db = database.CreateContext();
        var known = db.Database.GetMigrations().ToList();
        // Ids after the first three carry each provider's own generation time: compare the names.
        Assert.Equal(["InitialCreate", "AddPlans", "AddPendingPlanImports", "AddRoster", "AddReportRevisions", "DropLegacyReportColumns", "AddNudges"],
            known.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        Assert.Equal(known, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.ConversationReferences.CountAsync());
    }

    public static async Task MigrateTwiceIsNoOp(IStorageHost host)
    {
        var database = await host.CreateDatabaseAsync();
        await database.MigrateAsync();
        var store = database.Get<IConversationReferenceStore>();
        await store.UpsertAsync(ConversationScenarios.Personal("a:kept", "aad-kept"));
        var schemaBefore = await database.ReadSchemaAsync();

        await database.MigrateAsync();

        Assert.Equal(schemaBefore, await database.ReadSchemaAsync());
        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.NotNull(await store.FindAsync("a:kept"));
    }
}
