using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Tests.Infrastructure;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>Pending plan imports expire after 24 hours and a user keeps at most three; shared by both providers.</summary>
public static class PendingImportScenarios
{
    private const string Coordinator = "aad-coordinator";
    private const string Other = "aad-other";
    private static readonly byte[] Content = [1, 2, 3];

    public static async Task FourthImportOfOneUserIsRefused(IStorageHost host)
    {
        await using var database = await MigratedAsync(host);
        var store = database.Get<IPendingPlanImportStore>();

        for (var index = 0; index < PendingPlanImports.MaxPerUser; index++)
            Assert.NotNull(await store.AddAsync($"ke-hoach-{index}.docx", Content, Coordinator));
        var fourth = await store.AddAsync("ke-hoach-4.docx", Content, Coordinator);
        var otherUsers = await store.AddAsync("ke-hoach.docx", Content, Other);

        Assert.Null(fourth);
        Assert.NotNull(otherUsers);
        Assert.Equal(PendingPlanImports.MaxPerUser, await store.CountLiveAsync(Coordinator));
        Assert.Equal(1, await store.CountLiveAsync(Other));
    }

    public static async Task PublishedOrCancelledImportFreesItsPlace(IStorageHost host)
    {
        await using var database = await MigratedAsync(host);
        var store = database.Get<IPendingPlanImportStore>();
        var first = await store.AddAsync("a.docx", Content, Coordinator);
        await store.AddAsync("b.docx", Content, Coordinator);
        await store.AddAsync("c.docx", Content, Coordinator);

        Assert.True(await store.RemoveAsync(first!.ImportId));

        Assert.NotNull(await store.AddAsync("d.docx", Content, Coordinator));
    }

    public static async Task ImportExpiresAfter24Hours(IStorageHost host)
    {
        await using var database = await MigratedAsync(host);
        var store = database.Get<IPendingPlanImportStore>();
        var imports = new List<PendingPlanImport>();
        for (var index = 0; index < PendingPlanImports.MaxPerUser; index++)
            imports.Add((await store.AddAsync($"ke-hoach-{index}.docx", Content, Coordinator))!);

        database.Clock.Advance(PendingPlanImports.Lifetime - TimeSpan.FromMinutes(1));
        var justBefore = await store.FindAsync(imports[0].ImportId);
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var atExpiry = await store.FindAsync(imports[0].ImportId);
        var liveAtExpiry = await store.CountLiveAsync(Coordinator);
        var afterExpiry = await store.AddAsync("new.docx", Content, Coordinator);

        Assert.NotNull(justBefore);
        Assert.Null(atExpiry);
        Assert.Equal(0, liveAtExpiry);
        Assert.NotNull(afterExpiry);
        // The expired rows are gone, not only hidden: the content of a preview nobody published is not kept.
        await using var db = database.CreateContext();
        Assert.Equal(1, db.Set<PendingPlanImportEntity>().Count());
    }

    private static async Task<TestDatabase> MigratedAsync(IStorageHost host)
    {
        var database = await host.CreateDatabaseAsync();
        await database.MigrateAsync();
        return database;
    }
}
