using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Roster;
using DanVanBot.Storage.Tests.Infrastructure;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>
/// The bot's in-memory roster on both providers: it answers as the database does, sees this process's writes at
/// once, and another instance's within the refresh interval (the bound the README promises), never later.
/// </summary>
public static class RosterSnapshotScenarios
{
    private const string Coordinator = "6f3b4c1e-0000-4000-8000-0000000000a1";
    private const string Member = "6f3b4c1e-0000-4000-8000-0000000000a2";
    private const string Stranger = "6f3b4c1e-0000-4000-8000-0000000000a3";
    private static readonly TimeSpan Refresh = new StorageOptions(StorageProvider.Sqlite, true).RosterSnapshotRefresh;
    private static AuditEntry Audit(string action) => new("test", "Người kiểm thử", action, "kiểm thử");

    public static async Task AnswersAsTheDatabaseAndSeesOwnWritesAtOnce(IStorageHost host)
    {
        var (database, homeAffairs, wards) = await RosterScenarios.SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        await roster.GrantAsync(new PersonIdentity(Coordinator, "an@quan7.gov.vn", "Nguyễn Văn An"), homeAffairs.Id, RosterRole.Coordinator, Audit("roster.grant"));
        await roster.GrantAsync(new PersonIdentity(Coordinator, null), wards.Id, RosterRole.Member, Audit("roster.grant"));
        await roster.RequestJoinAsync(new PersonIdentity(Member, null, "Trần Thị Bình"), wards.Id, RosterRole.Member, "a:1", Audit("roster.request"));
        await using var uncached = TestDatabase.Create(database.Provider, database.ConnectionString);
        var fromDatabase = uncached.Get<IRosterStore>();

        await database.Get<IRosterSnapshot>().WarmAsync();

        foreach (var aad in new[] { Coordinator, Member, Stranger })
        {
            Assert.Equal(Describe(await fromDatabase.FindByAadObjectIdAsync(aad)), Describe(await roster.FindByAadObjectIdAsync(aad)));
        }
        Assert.False(await roster.HasPeopleWithoutObjectIdAsync());

        // This process's writes: seen by the very next lookup, whatever the snapshot held.
        var coordinator = (await roster.FindByAadObjectIdAsync(Coordinator))!;
        await roster.RevokeAsync(coordinator.PersonId, wards.Id, RosterRole.Member, Audit("roster.revoke"));
        Assert.Equal([RosterRole.Coordinator], (await roster.FindByAadObjectIdAsync(Coordinator))!.Memberships.Select(m => m.Membership.Role));
        await roster.GrantAsync(new PersonIdentity(null, "chi@quan7.gov.vn"), wards.Id, RosterRole.Member, Audit("roster.grant"));
        Assert.True(await roster.HasPeopleWithoutObjectIdAsync());
        await roster.RequestJoinAsync(new PersonIdentity(Stranger, null, "Lê Văn Cường"), wards.Id, RosterRole.Member, "a:2", Audit("roster.request"));
        Assert.Equal(wards.Id, (await roster.FindByAadObjectIdAsync(Stranger))!.PendingJoin!.UnitId);
    }

    public static async Task AnotherInstancesChangeAppliesWithinTheRefresh(IStorageHost host)
    {
        var (database, homeAffairs, _) = await RosterScenarios.SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        await roster.GrantAsync(new PersonIdentity(Coordinator, null, "Nguyễn Văn An"), homeAffairs.Id, RosterRole.Coordinator, Audit("roster.grant"));
        await database.Get<IRosterSnapshot>().WarmAsync();
        await using var other = TestDatabase.Create(database.Provider, database.ConnectionString);
        var elsewhere = other.Get<IRosterStore>();

        var coordinator = (await elsewhere.FindByAadObjectIdAsync(Coordinator))!;
        await elsewhere.RevokeAsync(coordinator.PersonId, homeAffairs.Id, RosterRole.Coordinator, Audit("roster.revoke"));
        await elsewhere.GrantAsync(new PersonIdentity(Member, null), homeAffairs.Id, RosterRole.Member, Audit("roster.grant"));

        // In the first half of the interval this instance answers from what it read (no query per turn; from the second
        // half on it reads again in the background, so what it answers there depends on that reading's speed)...
        database.Clock.Advance(Refresh / 2 - TimeSpan.FromSeconds(1));
        Assert.Single((await roster.FindByAadObjectIdAsync(Coordinator))!.Memberships);
        Assert.Null(await roster.FindByAadObjectIdAsync(Member));

        // ...and once the interval is over, never from that copy again.
        database.Clock.Advance(Refresh / 2 + TimeSpan.FromSeconds(1));
        Assert.Empty((await roster.FindByAadObjectIdAsync(Coordinator))!.Memberships);
        Assert.Equal(RosterRole.Member, Assert.Single((await roster.FindByAadObjectIdAsync(Member))!.Memberships).Membership.Role);
    }

    private static string Describe(RosterPerson? person) => person is null ? "(không có)"
        : $"{person.PersonId}|{person.AadObjectId}|{person.Upn}|{person.DisplayName}|{person.TenantId}|{person.PendingJoin}|"
          + string.Join(";", person.Memberships.Select(m => m.ToString()).Order(StringComparer.Ordinal));
}
