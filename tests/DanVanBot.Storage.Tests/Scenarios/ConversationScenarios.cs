using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>Conversation reference store behaviour shared by every provider.</summary>
public static class ConversationScenarios
{
    public static ConversationReferenceRecord Personal(string conversationId, string aadObjectId) => new()
    {
        ConversationId = conversationId,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        ConversationType = "personal",
        TenantId = "tenant-1",
        IsGroup = false,
        BotId = "28:bot",
        BotName = "DanVanBot",
        UserId = "29:user-" + aadObjectId,
        UserAadObjectId = aadObjectId,
        UserName = "Nguyễn Thị Hồng",
        Locale = "vi-VN",
        LastActivityId = "activity-1",
    };

    public static async Task UpsertNewConversationInserts(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var store = database.Get<IConversationReferenceStore>();
        var record = Personal("a:1", "aad-1") with { TeamId = "19:team", TeamsChannelId = "19:channel" };

        await store.UpsertAsync(record);

        var stored = await store.FindAsync("a:1");
        Assert.Equal(record with { CreatedAt = TestDatabase.Start, UpdatedAt = TestDatabase.Start }, stored);
        Assert.Equal(TimeSpan.Zero, stored!.CreatedAt.Offset);
    }

    public static async Task UpsertExistingConversationUpdatesAndKeepsCreatedAt(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var store = database.Get<IConversationReferenceStore>();
        await store.UpsertAsync(Personal("a:2", "aad-2"));
        database.Clock.Advance(TimeSpan.FromHours(3));

        var moved = Personal("a:2", "aad-2") with
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/", TenantId = "tenant-2", LastActivityId = "activity-2",
        };
        await store.UpsertAsync(moved);

        var stored = await store.FindAsync("a:2");
        Assert.NotNull(stored);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.ServiceUrl);
        Assert.Equal("tenant-2", stored.TenantId);
        Assert.Equal("activity-2", stored.LastActivityId);
        Assert.Equal(TestDatabase.Start, stored.CreatedAt);
        Assert.Equal(TestDatabase.Start.AddHours(3), stored.UpdatedAt);
    }

    public static async Task UpsertSparseRecordKeepsKnownOptionalFields(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var store = database.Get<IConversationReferenceStore>();
        await store.UpsertAsync(Personal("a:3", "aad-3"));

        await store.UpsertAsync(Personal("a:3", "aad-3") with
        {
            UserAadObjectId = null, UserName = null, Locale = null, TenantId = null, LastActivityId = "activity-9",
        });

        var stored = await store.FindAsync("a:3");
        Assert.NotNull(stored);
        Assert.Equal(("aad-3", "Nguyễn Thị Hồng", "vi-VN", "tenant-1", "activity-9"),
            (stored.UserAadObjectId, stored.UserName, stored.Locale, stored.TenantId, stored.LastActivityId));
    }

    public static async Task ConcurrentUpsertsOfOneConversationLeaveOneRow(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var store = database.Get<IConversationReferenceStore>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var upserts = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            await start.Task;
            await store.UpsertAsync(Personal("a:busy", "aad-busy") with { LastActivityId = $"activity-{i}" });
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(upserts);

        await using var db = database.CreateContext();
        var rows = await db.ConversationReferences.Where(c => c.ConversationId == "a:busy").ToListAsync();
        var row = Assert.Single(rows);
        Assert.Matches("^activity-[0-9]$", row.LastActivityId);
    }

    public static async Task FindPersonalByAadObjectIdReturnsOnlyThePersonalChat(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var store = database.Get<IConversationReferenceStore>();
        await store.UpsertAsync(Personal("19:group", "aad-4") with { ConversationType = "groupChat", IsGroup = true });
        await store.UpsertAsync(Personal("a:personal", "aad-4"));
        await store.UpsertAsync(Personal("a:someone-else", "aad-5"));

        var found = await store.FindPersonalByAadObjectIdAsync("aad-4");

        Assert.Equal("a:personal", found?.ConversationId);
        Assert.Null(await store.FindPersonalByAadObjectIdAsync("aad-unknown"));
        Assert.Null(await store.FindAsync("a:unknown"));
    }

    private static async Task<TestDatabase> MigratedAsync(IStorageHost host)
    {
        var database = await host.CreateDatabaseAsync();
        await database.MigrateAsync();
        return database;
    }
}
