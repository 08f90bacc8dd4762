using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresRosterStoreTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task GrantAsync_ThenFindAndRevoke_WithAuditTrail() => RosterScenarios.GrantFindRevokeWithAudit(host);

    [RequiresPostgresFact]
    public Task LinkObjectIdAsync_UpnOnlyPerson_LinkedOnce() => RosterScenarios.UpnOnlyPersonIsLinkedOnce(host);

    [RequiresPostgresFact]
    public Task DecideJoinAsync_SixApproversAtOnce_ExactlyOneDecides() => RosterScenarios.ConcurrentApprovalsDecideOnce(host);

    [RequiresPostgresFact]
    public Task RequestJoinAsync_SecondRequest_SupersedesThePendingOne() => RosterScenarios.NewRequestSupersedesThePendingOne(host);

    [RequiresPostgresFact]
    public Task ImportAsync_SameRowsTwice_SecondChangesNothing_BadRowsApplyNothing() => RosterScenarios.ImportTwiceChangesNothingAndReportsProblems(host);

    [RequiresPostgresFact]
    public Task FindPersonalAsync_PersonWithPersonalAndGroupChats_ReturnsThePersonalChat() => RosterScenarios.PersonReachesTheirPersonalChatOnly(host);
}
