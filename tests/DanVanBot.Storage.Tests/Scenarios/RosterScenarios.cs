using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Roster;
using DanVanBot.Storage.Tests.Infrastructure;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>The roster's store on both providers: people, roles, join requests, imports, the link to conversations.</summary>
public static class RosterScenarios
{
    private const string Aad = "6f3b4c1e-0000-4000-8000-000000000001";
    private static AuditEntry Audit(string action) => new("test", "Người kiểm thử", action, "kiểm thử");

    private static async Task<(TestDatabase Database, UnitInfo HomeAffairs, UnitInfo Wards)> SeededAsync(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        var imported = await database.Get<IPlanStore>().UpsertPlanAsync(SamplePlans.District7());
        var units = await database.Get<IOrganisationStore>().ListUnitsAsync(imported.OrganisationId);
        return (database, units.Single(u => u.Name == SamplePlans.HomeAffairs), units.Single(u => u.Name == SamplePlans.Wards));
    }

    public static async Task GrantFindRevokeWithAudit(IStorageHost host)
    {
        var (database, homeAffairs, _) = await SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        await database.Get<IOrganisationStore>().SetTenantAsync(homeAffairs.OrganisationId, "TENANT-A");

        var first = await roster.GrantAsync(new PersonIdentity(Aad.ToUpperInvariant(), "An@Quan7.gov.vn", "Nguyễn Văn An"), homeAffairs.Id, RosterRole.Coordinator, Audit("roster.grant"));
        var again = await roster.GrantAsync(new PersonIdentity(Aad, null), homeAffairs.Id, RosterRole.Coordinator, Audit("roster.grant"));
        var person = await roster.FindByAadObjectIdAsync(Aad);

        Assert.Equal((GrantOutcome.Granted, GrantOutcome.AlreadyHeld), (first, again));
        Assert.Equal(("an@quan7.gov.vn", "Nguyễn Văn An"), (person!.Upn, person.DisplayName));
        var membership = Assert.Single(person.Memberships);
        Assert.Equal((homeAffairs.Id, SamplePlans.Quan7, RosterRole.Coordinator, "tenant-a"),
            (membership.Membership.UnitId, membership.Membership.OrganisationName, membership.Membership.Role, membership.OrganisationTenantId));
        Assert.Equal(person.PersonId, (await roster.FindByUpnAsync("AN@quan7.gov.vn"))!.PersonId);
        Assert.Single(await roster.ListInOrganisationAsync(homeAffairs.OrganisationId, [RosterRole.Coordinator]));

        Assert.True(await roster.RevokeAsync(person.PersonId, homeAffairs.Id, RosterRole.Coordinator, Audit("roster.revoke")));
        Assert.False(await roster.RevokeAsync(person.PersonId, homeAffairs.Id, RosterRole.Coordinator, Audit("roster.revoke")));
        Assert.Empty((await roster.FindByAadObjectIdAsync(Aad))!.Memberships);
        var trail = await database.Get<IAuditLog>().ListAsync(TestDatabase.Start.AddDays(-1));
        Assert.Equal(["roster.grant", "roster.revoke"], trail.Select(e => e.Action));
    }

    public static async Task UpnOnlyPersonIsLinkedOnce(IStorageHost host)
    {
        var (database, homeAffairs, _) = await SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        await roster.GrantAsync(new PersonIdentity(null, "binh@quan7.gov.vn"), homeAffairs.Id, RosterRole.Member, Audit("roster.grant"));
        Assert.True(await roster.HasPeopleWithoutObjectIdAsync());
        Assert.Null(await roster.FindByAadObjectIdAsync(Aad));

        var linked = await roster.LinkObjectIdAsync(new PersonIdentity(Aad, "Binh@quan7.gov.vn", "Trần Thị Bình", "tenant-a"));
        var second = await roster.LinkObjectIdAsync(new PersonIdentity(Aad, "binh@quan7.gov.vn"));

        Assert.Equal(Aad, linked!.AadObjectId);
        Assert.Single(linked.Memberships);
        Assert.Null(second);
        Assert.False(await roster.HasPeopleWithoutObjectIdAsync());
        Assert.Equal("Trần Thị Bình", (await roster.FindByAadObjectIdAsync(Aad))!.DisplayName);
    }

    public static async Task ConcurrentApprovalsDecideOnce(IStorageHost host)
    {
        var (database, _, wards) = await SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        var request = await roster.RequestJoinAsync(new PersonIdentity(Aad, null, "Lê Cường"), wards.Id, RosterRole.Member, "a:cuong", Audit("roster.join.request"));
        Assert.Equal(JoinRequestStatus.Pending, request.Status);
        Assert.Equal(wards.Id, (await roster.FindByAadObjectIdAsync(Aad))!.PendingJoin!.UnitId);

        var deciders = Enumerable.Range(0, 6).Select(i => new PersonRef(Guid.NewGuid(), null, null, $"Người duyệt {i}")).ToList();
        var decisions = await Task.WhenAll(deciders.Select((d, i) => roster.DecideJoinAsync(request.RequestId, approve: i % 2 == 0, d, Audit("roster.join.decide"))));

        Assert.Single(decisions, d => d.Outcome is JoinDecisionOutcome.Approved or JoinDecisionOutcome.Rejected);
        Assert.Equal(5, decisions.Count(d => d.Outcome == JoinDecisionOutcome.AlreadyDecided));
        var person = await roster.FindByAadObjectIdAsync(Aad);
        Assert.Null(person!.PendingJoin);
        var approved = decisions.Any(d => d.Outcome == JoinDecisionOutcome.Approved);
        Assert.Equal(approved ? 1 : 0, person.Memberships.Count);
        Assert.Single(await database.Get<IAuditLog>().ListAsync(TestDatabase.Start.AddDays(-1)), e => e.Action == "roster.join.decide");
    }

    public static async Task NewRequestSupersedesThePendingOne(IStorageHost host)
    {
        var (database, homeAffairs, wards) = await SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        var first = await roster.RequestJoinAsync(new PersonIdentity(Aad, null), wards.Id, RosterRole.Member, null, Audit("roster.join.request"));
        await roster.RequestJoinAsync(new PersonIdentity(Aad, null), homeAffairs.Id, RosterRole.UnitHead, null, Audit("roster.join.request"));

        Assert.Equal(JoinRequestStatus.Superseded, (await roster.FindJoinRequestAsync(first.RequestId))!.Status);
        Assert.Equal(homeAffairs.Id, (await roster.FindByAadObjectIdAsync(Aad))!.PendingJoin!.UnitId);
        var late = await roster.DecideJoinAsync(first.RequestId, true, new PersonRef(Guid.NewGuid(), null, null, "x"), Audit("roster.join.decide"));
        Assert.Equal(JoinDecisionOutcome.AlreadyDecided, late.Outcome);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            roster.RequestJoinAsync(new PersonIdentity(Aad, null), wards.Id, RosterRole.Coordinator, null, Audit("roster.join.request")));
    }

    public static async Task ImportTwiceChangesNothingAndReportsProblems(IStorageHost host)
    {
        var (database, _, _) = await SeededAsync(host);
        var importer = database.Get<IRosterImporter>();
        RosterImportRow[] rows =
        [
            new(2, "an@quan7.gov.vn", Aad, "Nguyễn Văn An", SamplePlans.Quan7, SamplePlans.HomeAffairs, RosterRole.Coordinator),
            new(3, "an@quan7.gov.vn", null, null, SamplePlans.Quan7, SamplePlans.Wards, RosterRole.UnitHead),
            new(4, "binh@quan7.gov.vn", null, null, "ubnd  QUẬN 7", "ubnd 10 phường", RosterRole.Member),
        ];
        var options = new RosterImportOptions(false, false, "cli:test", "roster.csv");

        var first = await importer.ImportAsync(rows, options);
        var second = await importer.ImportAsync(rows, options);
        var bad = await importer.ImportAsync([new(2, "chi@quan7.gov.vn", null, null, SamplePlans.Quan7, "Phòng Không Có", RosterRole.Member),
            new(3, "binh@quan7.gov.vn", Aad, null, SamplePlans.Quan7, SamplePlans.Wards, RosterRole.Member)], options);

        Assert.Empty(first.Problems);
        Assert.True(first.Applied);
        Assert.Equal(5, first.Changes.Count); // two people, three roles
        Assert.Equal((0, 3, false), (second.Changes.Count, second.UnchangedLines, second.Applied));
        Assert.False(bad.Applied);
        Assert.Equal([(2, "unit"), (3, "upn")], bad.Problems.Select(p => (p.Line, p.Field)));
        Assert.Equal(3, (await database.Get<IRosterStore>().ListAsync()).Count);
    }

    public static async Task PersonReachesTheirPersonalChatOnly(IStorageHost host)
    {
        var (database, homeAffairs, _) = await SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        await roster.GrantAsync(new PersonIdentity(Aad, null), homeAffairs.Id, RosterRole.Member, Audit("roster.grant"));
        var person = await roster.FindByAadObjectIdAsync(Aad);
        var conversations = database.Get<IConversationReferenceStore>();
        await conversations.UpsertAsync(ConversationScenarios.Personal("a:personal-an", Aad));
        await conversations.UpsertAsync(ConversationScenarios.Personal("19:group@thread.v2", Aad) with { ConversationType = "groupChat", IsGroup = true });

        var found = await database.Get<IPersonConversations>().FindPersonalAsync([person!.PersonId, Guid.NewGuid()]);

        Assert.Equal("a:personal-an", Assert.Single(found).Value.ConversationId);
    }
}
