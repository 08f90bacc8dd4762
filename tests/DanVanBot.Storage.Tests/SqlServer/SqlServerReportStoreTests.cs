using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.SqlServer;

public sealed class SqlServerReportStoreTests(SqlServerHost host) : IClassFixture<SqlServerHost>
{
    [RequiresSqlServerFact]
    public Task SubmitAsync_Amendment_NewVersionCurrentFirstKept() => ReportScenarios.AmendmentAddsVersionAndKeepsTheFirst(host);

    [RequiresSqlServerFact]
    public Task SubmitAsync_SameSubmissionIdTwice_StoredOnce() => ReportScenarios.SameSubmissionTwiceIsStoredOnce(host);

    [RequiresSqlServerFact]
    public Task SubmitAsync_ForeignSubmissionIdOrUnknownTarget_NothingWritten() => ReportScenarios.ForeignSubmissionIdOrTargetWritesNothing(host);

    [RequiresSqlServerFact]
    public Task SubmitAsync_FiftyUnitsAndTenForOneUnitEachTwice_EachStoredOnceVersionsInOrder() =>
        ReportScenarios.SimultaneousSubmissionsEachStoredOnceInOrder(host);

    [RequiresSqlServerFact]
    public Task ReturnAsync_CurrentVersionOnly_Once() => ReportScenarios.ReturnOnlyTheCurrentVersionOnce(host);

    [RequiresSqlServerFact]
    public Task AttachAsync_SameFileTwice_KeptOnceWithHash() => ReportScenarios.AttachmentKeptWithHashOncePerVersion(host);

    [RequiresSqlServerFact]
    public Task ForPeriodAsync_OnTimeLateOverdue_FromFirstSubmission() => ComplianceScenarios.StandingsFromFirstSubmissionAgainstTheLastDay(host);

    [RequiresSqlServerFact]
    public Task SubmitAsync_AfterConsolidation_StoredAndFlagged() => ComplianceScenarios.ReportAfterConsolidationIsStoredAndFlagged(host);

    [RequiresSqlServerFact]
    public Task ForUnitsAsync_SomeUnits_AsTheWholeOccurrenceForThem() => ComplianceScenarios.ForUnitsAnswersAsTheWholeOccurrenceDoesForThoseUnits(host);

    [RequiresSqlServerFact]
    public Task NearestAsync_EmptyPeriod_NamesPreviousAndNextDeadlines() => ComplianceScenarios.NearestDeadlinesAroundAnEmptyPeriod(host);

    [RequiresSqlServerFact]
    public Task Migrate_OldReportRows_BecomeVersionOneWithoutLoss() => UpgradeScenarios.OldReportRowsBecomeVersionOne(host);
}
