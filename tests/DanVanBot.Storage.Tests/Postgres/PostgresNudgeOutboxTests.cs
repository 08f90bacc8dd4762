using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresNudgeOutboxTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task EnqueueAsync_SameDraftsTwice_StoredOnce() => NudgeScenarios.EnqueueTwiceStoresEachReminderOnce(host);

    [RequiresPostgresFact]
    public Task ClaimAsync_FourConcurrentClaimers_DisjointBatches() => NudgeScenarios.ConcurrentClaimersTakeDisjointBatches(host);

    [RequiresPostgresFact]
    public Task RenewAsync_BeforeExpiry_KeepsClaim_AfterTakeOver_Refused() => NudgeScenarios.RenewedLeaseKeepsTheClaimAndALostOneCannotBeRenewed(host);

    [RequiresPostgresFact]
    public Task CompleteManyAsync_OneCommit_OnlyClaimsStillHeld() => NudgeScenarios.OutcomesRecordedTogetherOnlyWhereTheClaimIsHeld(host);

    [RequiresPostgresFact]
    public Task ClaimAsync_LeaseExpired_ReclaimedAndOldOwnerFenced() => NudgeScenarios.ExpiredLeaseIsReclaimedAndTheOldOwnerIsFenced(host);

    [RequiresPostgresFact]
    public Task ClaimAsync_PastNotAfter_Expires() => NudgeScenarios.PastItsDayAReminderExpiresInsteadOfGoingOut(host);

    [RequiresPostgresFact]
    public Task RescheduleAsync_RetryAfter_NotClaimedBeforeItsTime() => NudgeScenarios.RescheduledReminderWaitsUntilItsTime(host);

    [RequiresPostgresFact]
    public Task SettleForReportAsync_UnitReported_PendingCancelledDeliveredReturned() => NudgeScenarios.ReportCancelsPendingAndReturnsDelivered(host);

    [RequiresPostgresFact]
    public Task TryStartAsync_SixInstancesAtOnce_OneRuns() => NudgeScenarios.AJobRunsOnceAcrossInstancesUnlessItsOwnerDied(host);

    [RequiresPostgresFact]
    public Task MuteAsync_ThenUnmute_WaitingCancelledMuteGone() => NudgeScenarios.MuteCancelsWaitingAndUnmuteLetsLaterOnesThrough(host);

    [RequiresPostgresFact]
    public Task CoordinatorsOfAsync_Organisation_EachOnceWithTenant() => NudgeScenarios.CoordinatorsOfAnOrganisationWithTheirTenant(host);

    [RequiresPostgresFact]
    public Task CountByStateAsync_Period_OnlyTheOrganisationsDays() => NudgeScenarios.PeriodCountsAndFailedListStayWithinTheOrganisationAndDays(host);
}
