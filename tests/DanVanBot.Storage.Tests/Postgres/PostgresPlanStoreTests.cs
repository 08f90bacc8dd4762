using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresPlanStoreTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task UpsertPlanAsync_NewPlan_DeadlinesFindableByWindow() =>
        PlanScenarios.ImportNewPlanMakesItsDeadlinesFindable(host);

    [RequiresPostgresFact]
    public Task FindDueAsync_WindowEdges_IncludesBothEndsOnly() =>
        PlanScenarios.FindDueWindowIncludesBothEndsOnly(host);

    [RequiresPostgresFact]
    public Task UpsertPlanAsync_SamePlanAgain_UpdatesInPlaceWithoutDuplicates() =>
        PlanScenarios.ReimportSamePlanUpdatesInPlace(host);

    [RequiresPostgresFact]
    public Task UpsertPlanAsync_DutyDroppedFromParse_RetiresIt() =>
        PlanScenarios.ReimportWithoutADutyRetiresIt(host);

    [RequiresPostgresFact]
    public Task AssignDueDateAsync_ThenReimport_DateKept() =>
        PlanScenarios.AssignedDateSurvivesReimport(host);

    [RequiresPostgresFact]
    public Task FindDueAsync_MemberOfGroup_GetsGroupDutiesOnly() =>
        PlanScenarios.FindDueForUnitIncludesItsGroupsDuties(host);

    [RequiresPostgresFact]
    public Task UpsertPlanAsync_MultiYearPlan_OneOccurrencePerYear() =>
        PlanScenarios.MultiYearPlanHasOneOccurrencePerYear(host);

    [RequiresPostgresFact]
    public Task GetStatusAsync_GroupWithMembers_ListsMembersAndSubmitted() =>
        ReportAndProfileScenarios.StatusListsGroupMembersAndMarksSubmitted(host);
}
