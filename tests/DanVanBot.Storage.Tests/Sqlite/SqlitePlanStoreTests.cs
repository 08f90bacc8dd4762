using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqlitePlanStoreTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task UpsertPlanAsync_NewPlan_DeadlinesFindableByWindow() =>
        PlanScenarios.ImportNewPlanMakesItsDeadlinesFindable(host);

    [Fact]
    public Task FindDueAsync_WindowEdges_IncludesBothEndsOnly() =>
        PlanScenarios.FindDueWindowIncludesBothEndsOnly(host);

    [Fact]
    public Task UpsertPlanAsync_SamePlanAgain_UpdatesInPlaceWithoutDuplicates() =>
        PlanScenarios.ReimportSamePlanUpdatesInPlace(host);

    [Fact]
    public Task UpsertPlanAsync_DutyDroppedFromParse_RetiresIt() =>
        PlanScenarios.ReimportWithoutADutyRetiresIt(host);

    [Fact]
    public Task AssignDueDateAsync_ThenReimport_DateKept() =>
        PlanScenarios.AssignedDateSurvivesReimport(host);

    [Fact]
    public Task FindDueAsync_MemberOfGroup_GetsGroupDutiesOnly() =>
        PlanScenarios.FindDueForUnitIncludesItsGroupsDuties(host);

    [Fact]
    public Task UpsertPlanAsync_MultiYearPlan_OneOccurrencePerYear() =>
        PlanScenarios.MultiYearPlanHasOneOccurrencePerYear(host);

    [Fact]
    public Task GetStatusAsync_GroupWithMembers_ListsMembersAndSubmitted() =>
        ReportAndProfileScenarios.StatusListsGroupMembersAndMarksSubmitted(host);
}
