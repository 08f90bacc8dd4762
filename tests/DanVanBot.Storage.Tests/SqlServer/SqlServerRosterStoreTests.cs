using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.SqlServer;

public sealed class SqlServerRosterStoreTests(SqlServerHost host) : IClassFixture<SqlServerHost>
{
    [RequiresSqlServerFact]
    public Task GrantAsync_ThenFindAndRevoke_WithAuditTrail() => RosterScenarios.GrantFindRevokeWithAudit(host);

    [RequiresSqlServerFact]
    public Task LinkObjectIdAsync_UpnOnlyPerson_LinkedOnce() => RosterScenarios.UpnOnlyPersonIsLinkedOnce(host);

    [RequiresSqlServerFact]
    public Task DecideJoinAsync_SixApproversAtOnce_ExactlyOneDecides() => RosterScenarios.ConcurrentApprovalsDecideOnce(host);

    [RequiresSqlServerFact]
    public Task RequestJoinAsync_SecondRequest_SupersedesThePendingOne() => RosterScenarios.NewRequestSupersedesThePendingOne(host);

    [RequiresSqlServerFact]
    public Task ImportAsync_SameRowsTwice_SecondChangesNothing_BadRowsApplyNothing() => RosterScenarios.ImportTwiceChangesNothingAndReportsProblems(host);

    [RequiresSqlServerFact]
    public Task FindPersonalAsync_PersonWithPersonalAndGroupChats_ReturnsThePersonalChat() => RosterScenarios.PersonReachesTheirPersonalChatOnly(host);
}
