using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.SqlServer;

/// <summary>
/// The storage suite that runs on SQLite and PostgreSQL, on a real SQL Server when DANVAN_TEST_SQLSERVER names one
/// (never in CI, where none can run; README: storage tests on SQL Server).
/// </summary>
public sealed class SqlServerStorageTests(SqlServerHost host) : IClassFixture<SqlServerHost>
{
    [RequiresSqlServerFact]
    public Task Migrate_ComparedWithEnsureCreated_SchemasAreEqual() => SchemaScenarios.MigratedSchemaEqualsModelDdl(host);

    [RequiresSqlServerFact]
    public Task Migrate_EmptyDatabase_AppliesEveryMigration() => SchemaScenarios.MigrateEmptyDatabaseAppliesEveryMigration(host);

    [RequiresSqlServerFact]
    public Task Migrate_AppliedTwice_IsNoOp() => SchemaScenarios.MigrateTwiceIsNoOp(host);

    [RequiresSqlServerFact]
    public Task MigrateAsync_TwoInstancesAtOnce_EveryMigrationAppliedOnce() =>
        MigrationLockScenarios.TwoMigratorsAtOnceApplyEveryMigrationOnce(host);

    [RequiresSqlServerFact]
    public Task UpsertAsync_NewConversation_Inserts() => ConversationScenarios.UpsertNewConversationInserts(host);

    [RequiresSqlServerFact]
    public Task UpsertAsync_ExistingConversation_UpdatesAndKeepsCreatedAt() =>
        ConversationScenarios.UpsertExistingConversationUpdatesAndKeepsCreatedAt(host);

    [RequiresSqlServerFact]
    public Task UpsertAsync_SparseRecord_KeepsKnownOptionalFields() =>
        ConversationScenarios.UpsertSparseRecordKeepsKnownOptionalFields(host);

    [RequiresSqlServerFact]
    public Task UpsertAsync_TenConcurrentUpsertsOfOneConversation_LeaveOneRow() =>
        ConversationScenarios.ConcurrentUpsertsOfOneConversationLeaveOneRow(host);

    [RequiresSqlServerFact]
    public Task FindPersonalByAadObjectIdAsync_UserWithGroupAndPersonalChats_ReturnsPersonal() =>
        ConversationScenarios.FindPersonalByAadObjectIdReturnsOnlyThePersonalChat(host);

    [RequiresSqlServerFact]
    public Task UpsertPlanAsync_NewPlan_DeadlinesFindableByWindow() => PlanScenarios.ImportNewPlanMakesItsDeadlinesFindable(host);

    [RequiresSqlServerFact]
    public Task FindDueAsync_WindowEdges_IncludesBothEndsOnly() => PlanScenarios.FindDueWindowIncludesBothEndsOnly(host);

    [RequiresSqlServerFact]
    public Task UpsertPlanAsync_SamePlanAgain_UpdatesInPlaceWithoutDuplicates() => PlanScenarios.ReimportSamePlanUpdatesInPlace(host);

    [RequiresSqlServerFact]
    public Task UpsertPlanAsync_DutyDroppedFromParse_RetiresIt() => PlanScenarios.ReimportWithoutADutyRetiresIt(host);

    [RequiresSqlServerFact]
    public Task AssignDueDateAsync_ThenReimport_DateKept() => PlanScenarios.AssignedDateSurvivesReimport(host);

    [RequiresSqlServerFact]
    public Task FindDueAsync_MemberOfGroup_GetsGroupDutiesOnly() => PlanScenarios.FindDueForUnitIncludesItsGroupsDuties(host);

    [RequiresSqlServerFact]
    public Task UpsertPlanAsync_MultiYearPlan_OneOccurrencePerYear() => PlanScenarios.MultiYearPlanHasOneOccurrencePerYear(host);

    [RequiresSqlServerFact]
    public Task GetStatusAsync_GroupWithMembers_ListsMembersAndSubmitted() =>
        ReportAndProfileScenarios.StatusListsGroupMembersAndMarksSubmitted(host);

    [RequiresSqlServerFact]
    public Task AddGroupMemberAsync_NamesDifferingOnlyByToneMark_TwoUnits() => ExactKeyScenarios.UnitsDifferingOnlyByToneMarkAreTwoUnits(host);

    [RequiresSqlServerFact]
    public Task UpsertAsync_IdsDifferingOnlyByCase_TwoConversations() =>
        ExactKeyScenarios.ConversationIdsDifferingOnlyByCaseAreTwoConversations(host);
}
