using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Roster;
using DanVanBot.Storage.Tests.Infrastructure;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>The reminders' outbox on a real database: unique key, claims, leases, fencing, run-once jobs.</summary>
public static class NudgeScenarios
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public static async Task EnqueueTwiceStoresEachReminderOnce(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        var drafts = Drafts(database, 150);

        Assert.Equal(150, await outbox.EnqueueAsync(drafts));
        Assert.Equal(0, await outbox.EnqueueAsync(drafts));
        Assert.Equal(1, await outbox.EnqueueAsync([.. drafts.Take(10), Draft(database, 999)]));

        Assert.Equal(151, (await outbox.CountByStateAsync())[NudgeState.Pending]);
    }

    public static async Task ConcurrentClaimersTakeDisjointBatches(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        await outbox.EnqueueAsync(Drafts(database, 400));
        var now = database.Clock.GetUtcNow();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var claimers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var mine = new List<Guid>();
            while (await outbox.ClaimAsync($"instance-{i}", 25, now, Lease) is { Count: > 0 } batch) mine.AddRange(batch.Select(b => b.Id));
            return mine;
        })).ToArray();
        start.SetResult();
        var claimed = (await Task.WhenAll(claimers)).SelectMany(c => c).ToList();

        Assert.Equal(400, claimed.Count);
        Assert.Equal(400, claimed.Distinct().Count());
        Assert.Equal(400, (await outbox.CountByStateAsync())[NudgeState.Sending]);
    }

    public static async Task ExpiredLeaseIsReclaimedAndTheOldOwnerIsFenced(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        await outbox.EnqueueAsync([Draft(database, 1)]);
        var now = database.Clock.GetUtcNow();
        var first = Assert.Single(await outbox.ClaimAsync("dead", 10, now, Lease));

        Assert.Empty(await outbox.ClaimAsync("alive", 10, now + Lease - TimeSpan.FromSeconds(1), Lease));
        var again = Assert.Single(await outbox.ClaimAsync("alive", 10, now + Lease + TimeSpan.FromSeconds(1), Lease));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(2, again.Attempts);
        Assert.False(await outbox.CompleteAsync(first.Id, "dead", new NudgeOutcome(NudgeState.Delivered, ActivityId: "x"), now));
        Assert.True(await outbox.CompleteAsync(first.Id, "alive", new NudgeOutcome(NudgeState.Delivered, ActivityId: "m1", ConversationId: "a:1"), now));
        var stored = await outbox.FindAsync(first.Id);
        Assert.Equal((NudgeState.Delivered, "alive", "m1", "a:1"), (stored!.State, stored.SentBy, stored.ActivityId, stored.ConversationId));
    }

    public static async Task RenewedLeaseKeepsTheClaimAndALostOneCannotBeRenewed(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        await outbox.EnqueueAsync([Draft(database, 1), Draft(database, 2)]);
        var now = database.Clock.GetUtcNow();
        var claimed = await outbox.ClaimAsync("slow", 10, now, Lease);
        Assert.Equal(2, claimed.Count);

        // Renewed just before the lease ends: another instance cannot take it after the first lease would have ended.
        Assert.True(await outbox.RenewAsync(claimed[0].Id, "slow", now + Lease - TimeSpan.FromSeconds(1), Lease));
        var takenOver = Assert.Single(await outbox.ClaimAsync("other", 10, now + Lease + TimeSpan.FromSeconds(1), Lease));

        // The one not renewed was taken over: its old owner can neither renew nor complete it.
        Assert.Equal(claimed[1].Id, takenOver.Id);
        Assert.False(await outbox.RenewAsync(claimed[1].Id, "slow", now + Lease + TimeSpan.FromSeconds(2), Lease));
        Assert.False(await outbox.CompleteAsync(claimed[1].Id, "slow", new NudgeOutcome(NudgeState.Delivered, ActivityId: "x"), now));
        Assert.True(await outbox.CompleteAsync(claimed[0].Id, "slow", new NudgeOutcome(NudgeState.Delivered, ActivityId: "m0"), now));
        Assert.False(await outbox.RenewAsync(claimed[0].Id, "slow", now, Lease));
    }

    public static async Task OutcomesRecordedTogetherOnlyWhereTheClaimIsHeld(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        await outbox.EnqueueAsync(Drafts(database, 3));
        var now = database.Clock.GetUtcNow();
        var mine = await outbox.ClaimAsync("one", 2, now, Lease);
        var theirs = Assert.Single(await outbox.ClaimAsync("two", 10, now, Lease));

        var recorded = await outbox.CompleteManyAsync(
        [
            new NudgeCompletion(mine[0].Id, new NudgeOutcome(NudgeState.Delivered, ActivityId: "m0", ConversationId: "a:0"), now),
            new NudgeCompletion(mine[1].Id, new NudgeOutcome(NudgeState.Failed, NudgeFailure.BlockedByUser, 403), now),
            new NudgeCompletion(theirs.Id, new NudgeOutcome(NudgeState.Delivered, ActivityId: "stolen"), now),
        ], "one");

        Assert.Equal(new HashSet<Guid> { mine[0].Id, mine[1].Id }, recorded.ToHashSet());
        var (sent, failed, other) = ((await outbox.FindAsync(mine[0].Id))!, (await outbox.FindAsync(mine[1].Id))!, (await outbox.FindAsync(theirs.Id))!);
        Assert.Equal((NudgeState.Delivered, "one", "m0", "a:0", now), (sent.State, sent.SentBy, sent.ActivityId, sent.ConversationId, sent.SentAt));
        Assert.Equal((NudgeState.Failed, NudgeFailure.BlockedByUser, (int?)403, (string?)null, (DateTimeOffset?)null),
            (failed.State, failed.Failure, failed.LastStatusCode, failed.SentBy, failed.SentAt));
        Assert.Equal((NudgeState.Sending, null), (other.State, other.ActivityId));
        Assert.Empty(await outbox.CompleteManyAsync([], "one"));
    }

    public static async Task PastItsDayAReminderExpiresInsteadOfGoingOut(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        await outbox.EnqueueAsync([Draft(database, 1)]);
        var late = database.Clock.GetUtcNow() + TimeSpan.FromHours(10);

        Assert.Empty(await outbox.ClaimAsync("one", 10, late, Lease));
        Assert.Equal(1, (await outbox.CountByStateAsync())[NudgeState.Expired]);
    }

    public static async Task RescheduledReminderWaitsUntilItsTime(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        await outbox.EnqueueAsync([Draft(database, 1)]);
        var now = database.Clock.GetUtcNow();
        var claimed = Assert.Single(await outbox.ClaimAsync("one", 10, now, Lease));

        Assert.True(await outbox.RescheduleAsync(claimed.Id, "one", now.AddSeconds(7), NudgeFailure.Throttled, 429, "Throttled", now));

        Assert.Equal(now.AddSeconds(7), await outbox.NextDueAsync());
        Assert.Empty(await outbox.ClaimAsync("one", 10, now.AddSeconds(6.9), Lease));
        Assert.Single(await outbox.ClaimAsync("one", 10, now.AddSeconds(7), Lease));
    }

    public static async Task ReportCancelsPendingAndReturnsDelivered(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        var drafts = Drafts(database, 3);
        await outbox.EnqueueAsync(drafts);
        var now = database.Clock.GetUtcNow();
        var delivered = (await outbox.ClaimAsync("one", 1, now, Lease))[0];
        await outbox.CompleteAsync(delivered.Id, "one", new NudgeOutcome(NudgeState.Delivered, ActivityId: "m1", ConversationId: "a:1"), now);

        var settled = await outbox.SettleForReportAsync(drafts[0].OccurrenceId, drafts[0].UnitId, now);

        Assert.Equal(delivered.Id, Assert.Single(settled).Id);
        var counts = await outbox.CountByStateAsync();
        Assert.Equal((1, 2, 0), (counts[NudgeState.Delivered], counts[NudgeState.Cancelled], counts[NudgeState.Pending]));
    }

    public static async Task AJobRunsOnceAcrossInstancesUnlessItsOwnerDied(IStorageHost host)
    {
        var (database, _) = await OutboxAsync(host);
        var jobs = database.Get<IJobRuns>();
        var now = database.Clock.GetUtcNow();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var starts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await start.Task.ConfigureAwait(false);
            return await jobs.TryStartAsync("plan:2026-03-02", $"i{i}", now, Lease);
        })).Append(Task.Run(() => { start.SetResult(); return false; })));

        Assert.Equal(1, starts.Count(s => s));
        Assert.False(await jobs.TryStartAsync("plan:2026-03-02", "late", now + TimeSpan.FromSeconds(5), Lease));
        Assert.True(await jobs.TryStartAsync("plan:2026-03-02", "heir", now + Lease + TimeSpan.FromSeconds(1), Lease));
        await jobs.CompleteAsync("plan:2026-03-02", "heir", now);
        Assert.True(await jobs.IsCompletedAsync("plan:2026-03-02"));
        Assert.False(await jobs.TryStartAsync("plan:2026-03-02", "later", now + TimeSpan.FromDays(1), Lease));
    }

    public static async Task MuteCancelsWaitingAndUnmuteLetsLaterOnesThrough(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        var reachability = database.Get<INudgeReachability>();
        var drafts = Drafts(database, 2);
        await outbox.EnqueueAsync(drafts);
        var person = drafts[0].PersonId;
        var now = database.Clock.GetUtcNow();

        await reachability.MuteAsync(Organisation, new NudgeMute(person, Guid.Empty, "Người 0", "Báo cáo 6 tháng", now));
        await reachability.MuteAsync(Organisation, new NudgeMute(person, Guid.Empty, "Người 0", "Báo cáo 6 tháng", now));
        Assert.Equal(1, await outbox.CancelForMuteAsync(person, Guid.Empty, now));

        Assert.Equal([(person, Guid.Empty)], await reachability.FindMutedAsync([person, drafts[1].PersonId]));
        Assert.Equal("Báo cáo 6 tháng", Assert.Single(await reachability.ListMutesAsync(Organisation)).ObligationDescription);
        Assert.True(await reachability.UnmuteAsync(person, Guid.Empty));
        Assert.False(await reachability.UnmuteAsync(person, Guid.Empty));
        Assert.Empty(await reachability.FindMutedAsync([person]));
        var counts = await outbox.CountByStateAsync();
        Assert.Equal((1, 1), (counts[NudgeState.Cancelled], counts[NudgeState.Pending]));
    }

    public static async Task PeriodCountsAndFailedListStayWithinTheOrganisationAndDays(IStorageHost host)
    {
        var (database, outbox) = await OutboxAsync(host);
        var now = database.Clock.GetUtcNow();
        var ours = Drafts(database, 5).Select(d => d with { OrganisationId = Organisation }).ToArray();
        var otherDay = Draft(database, 50) with { OrganisationId = Organisation, Day = new DateOnly(2026, 2, 1) };
        var otherOrganisation = Draft(database, 60) with { OrganisationId = Guid.NewGuid() };
        await outbox.EnqueueAsync([.. ours, otherDay, otherOrganisation]);
        foreach (var claimed in await outbox.ClaimAsync("one", 100, now, Lease))
        {
            var failed = claimed.PersonId != ours[0].PersonId;
            await outbox.CompleteAsync(claimed.Id, "one", failed
                ? new NudgeOutcome(NudgeState.Failed, NudgeFailure.NotInstalled, 403)
                : new NudgeOutcome(NudgeState.Delivered, ActivityId: "m1", ConversationId: "a:1"), now);
        }
        var day = ours[0].Day;

        var counts = await outbox.CountByStateAsync(Organisation, day, day);
        var listed = await outbox.ListFailedAsync(Organisation, day, day, 3, now);

        Assert.Equal((1, 4, 0), (counts[NudgeState.Delivered], counts[NudgeState.Failed], counts[NudgeState.Pending]));
        Assert.Equal(3, listed.Count);
        Assert.All(listed, n => Assert.Equal((Organisation, NudgeState.Failed, NudgeFailure.NotInstalled, day), (n.OrganisationId, n.State, n.Failure, n.Day)));
    }

    public static async Task CoordinatorsOfAnOrganisationWithTheirTenant(IStorageHost host)
    {
        var (database, homeAffairs, wards) = await RosterScenarios.SeededAsync(host);
        var roster = database.Get<IRosterStore>();
        await database.Get<Organisations.IOrganisationStore>().SetTenantAsync(homeAffairs.OrganisationId, "TENANT-ORG");
        var audit = new Audit.AuditEntry("test", null, "roster.grant", "kiểm thử");
        await roster.GrantAsync(new PersonIdentity("aad-coordinator-1", null, "Điều phối một", "TENANT-OWN"), homeAffairs.Id, RosterRole.Coordinator, audit);
        await roster.GrantAsync(new PersonIdentity("aad-coordinator-2", null, "Điều phối hai"), homeAffairs.Id, RosterRole.Coordinator, audit);
        await roster.GrantAsync(new PersonIdentity("aad-coordinator-2", null, "Điều phối hai"), wards.Id, RosterRole.Coordinator, audit);
        await roster.GrantAsync(new PersonIdentity("aad-member", null, "Cán bộ"), wards.Id, RosterRole.Member, audit);

        var coordinators = await database.Get<IUnitMemberDirectory>().CoordinatorsOfAsync(homeAffairs.OrganisationId);

        // Tenants are stored as keys (lower case); the person's own tenant wins over the organisation's.
        Assert.Equal([("aad-coordinator-1", "tenant-own"), ("aad-coordinator-2", "tenant-org")],
            coordinators.Select(c => (c.AadObjectId, c.TenantId)).OrderBy(c => c.AadObjectId, StringComparer.Ordinal));
        Assert.Empty(await database.Get<IUnitMemberDirectory>().CoordinatorsOfAsync(Guid.NewGuid()));
    }

    private static readonly Guid Organisation = Guid.Parse("33333333-3333-3333-3333-333333333333");

    private static async Task<(TestDatabase Database, INudgeOutbox Outbox)> OutboxAsync(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        return (database, database.Get<INudgeOutbox>());
    }

    private static readonly Guid Occurrence = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Unit = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static NudgeDraft[] Drafts(TestDatabase database, int people) =>
        Enumerable.Range(0, people).Select(i => Draft(database, i)).ToArray();

    private static NudgeDraft Draft(TestDatabase database, int person)
    {
        var now = database.Clock.GetUtcNow();
        return new NudgeDraft(Occurrence, Unit, new Guid(person, 0, 0, new byte[8]), "before-3", Guid.Empty, Guid.Empty,
            "tenant", $"aad-{person}", $"Người {person}", new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 2),
            now, now.AddHours(9), null, null, "{}");
    }
}
