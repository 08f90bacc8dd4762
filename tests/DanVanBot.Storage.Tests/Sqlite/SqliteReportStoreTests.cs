using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqliteReportStoreTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task SubmitAsync_Amendment_NewVersionCurrentFirstKept() => ReportScenarios.AmendmentAddsVersionAndKeepsTheFirst(host);

    [Fact]
    public Task SubmitAsync_SameSubmissionIdTwice_StoredOnce() => ReportScenarios.SameSubmissionTwiceIsStoredOnce(host);

    [Fact]
    public Task SubmitAsync_ForeignSubmissionIdOrUnknownTarget_NothingWritten() => ReportScenarios.ForeignSubmissionIdOrTargetWritesNothing(host);

    [Fact]
    public Task SubmitAsync_FiftyUnitsAndTenForOneUnitEachTwice_EachStoredOnceVersionsInOrder() =>
        ReportScenarios.SimultaneousSubmissionsEachStoredOnceInOrder(host);

    [Fact]
    public Task ReturnAsync_CurrentVersionOnly_Once() => ReportScenarios.ReturnOnlyTheCurrentVersionOnce(host);

    [Fact]
    public Task AttachAsync_SameFileTwice_KeptOnceWithHash() => ReportScenarios.AttachmentKeptWithHashOncePerVersion(host);

    [Fact]
    public Task ForPeriodAsync_OnTimeLateOverdue_FromFirstSubmission() => ComplianceScenarios.StandingsFromFirstSubmissionAgainstTheLastDay(host);

    [Fact]
    public Task SubmitAsync_AfterConsolidation_StoredAndFlagged() => ComplianceScenarios.ReportAfterConsolidationIsStoredAndFlagged(host);

    [Fact]
    public Task ForUnitsAsync_SomeUnits_AsTheWholeOccurrenceForThem() => ComplianceScenarios.ForUnitsAnswersAsTheWholeOccurrenceDoesForThoseUnits(host);

    [Fact]
    public Task NearestAsync_EmptyPeriod_NamesPreviousAndNextDeadlines() => ComplianceScenarios.NearestDeadlinesAroundAnEmptyPeriod(host);

    [Fact]
    public Task Migrate_OldReportRows_BecomeVersionOneWithoutLoss() => UpgradeScenarios.OldReportRowsBecomeVersionOne(host);
}
