using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresReportStoreTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task SubmitAsync_Amendment_NewVersionCurrentFirstKept() => ReportScenarios.AmendmentAddsVersionAndKeepsTheFirst(host);

    [RequiresPostgresFact]
    public Task SubmitAsync_SameSubmissionIdTwice_StoredOnce() => ReportScenarios.SameSubmissionTwiceIsStoredOnce(host);

    [RequiresPostgresFact]
    public Task SubmitAsync_ForeignSubmissionIdOrUnknownTarget_NothingWritten() => ReportScenarios.ForeignSubmissionIdOrTargetWritesNothing(host);

    [RequiresPostgresFact]
    public Task SubmitAsync_FiftyUnitsAndTenForOneUnitEachTwice_EachStoredOnceVersionsInOrder() =>
        ReportScenarios.SimultaneousSubmissionsEachStoredOnceInOrder(host);

    [RequiresPostgresFact]
    public Task ReturnAsync_CurrentVersionOnly_Once() => ReportScenarios.ReturnOnlyTheCurrentVersionOnce(host);

    [RequiresPostgresFact]
    public Task AttachAsync_SameFileTwice_KeptOnceWithHash() => ReportScenarios.AttachmentKeptWithHashOncePerVersion(host);

    [RequiresPostgresFact]
    public Task ForPeriodAsync_OnTimeLateOverdue_FromFirstSubmission() => ComplianceScenarios.StandingsFromFirstSubmissionAgainstTheLastDay(host);

    [RequiresPostgresFact]
    public Task SubmitAsync_AfterConsolidation_StoredAndFlagged() => ComplianceScenarios.ReportAfterConsolidationIsStoredAndFlagged(host);

    [RequiresPostgresFact]
    public Task ForUnitsAsync_SomeUnits_AsTheWholeOccurrenceForThem() => ComplianceScenarios.ForUnitsAnswersAsTheWholeOccurrenceDoesForThoseUnits(host);

    [RequiresPostgresFact]
    public Task NearestAsync_EmptyPeriod_NamesPreviousAndNextDeadlines() => ComplianceScenarios.NearestDeadlinesAroundAnEmptyPeriod(host);

    [RequiresPostgresFact]
    public Task Migrate_OldReportRows_BecomeVersionOneWithoutLoss() => UpgradeScenarios.OldReportRowsBecomeVersionOne(host);
}
