using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqliteNudgeOutboxTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task EnqueueAsync_SameDraftsTwice_StoredOnce() => NudgeScenarios.EnqueueTwiceStoresEachReminderOnce(host);

    [Fact]
    public Task ClaimAsync_FourConcurrentClaimers_DisjointBatches() => NudgeScenarios.ConcurrentClaimersTakeDisjointBatches(host);

    [Fact]
    public Task RenewAsync_BeforeExpiry_KeepsClaim_AfterTakeOver_Refused() => NudgeScenarios.RenewedLeaseKeepsTheClaimAndALostOneCannotBeRenewed(host);

    [Fact]
    public Task CompleteManyAsync_OneCommit_OnlyClaimsStillHeld() => NudgeScenarios.OutcomesRecordedTogetherOnlyWhereTheClaimIsHeld(host);

    [Fact]
    public Task ClaimAsync_LeaseExpired_ReclaimedAndOldOwnerFenced() => NudgeScenarios.ExpiredLeaseIsReclaimedAndTheOldOwnerIsFenced(host);

    [Fact]
    public Task ClaimAsync_PastNotAfter_Expires() => NudgeScenarios.PastItsDayAReminderExpiresInsteadOfGoingOut(host);

    [Fact]
    public Task RescheduleAsync_RetryAfter_NotClaimedBeforeItsTime() => NudgeScenarios.RescheduledReminderWaitsUntilItsTime(host);

    [Fact]
    public Task SettleForReportAsync_UnitReported_PendingCancelledDeliveredReturned() => NudgeScenarios.ReportCancelsPendingAndReturnsDelivered(host);

    [Fact]
    public Task TryStartAsync_SixInstancesAtOnce_OneRuns() => NudgeScenarios.AJobRunsOnceAcrossInstancesUnlessItsOwnerDied(host);

    [Fact]
    public Task MuteAsync_ThenUnmute_WaitingCancelledMuteGone() => NudgeScenarios.MuteCancelsWaitingAndUnmuteLetsLaterOnesThrough(host);

    [Fact]
    public Task CoordinatorsOfAsync_Organisation_EachOnceWithTenant() => NudgeScenarios.CoordinatorsOfAnOrganisationWithTheirTenant(host);

    [Fact]
    public Task CountByStateAsync_Period_OnlyTheOrganisationsDays() => NudgeScenarios.PeriodCountsAndFailedListStayWithinTheOrganisationAndDays(host);
}
