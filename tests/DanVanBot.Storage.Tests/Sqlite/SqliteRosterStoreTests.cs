using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqliteRosterStoreTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task GrantAsync_ThenFindAndRevoke_WithAuditTrail() => RosterScenarios.GrantFindRevokeWithAudit(host);

    [Fact]
    public Task LinkObjectIdAsync_UpnOnlyPerson_LinkedOnce() => RosterScenarios.UpnOnlyPersonIsLinkedOnce(host);

    [Fact]
    public Task DecideJoinAsync_SixApproversAtOnce_ExactlyOneDecides() => RosterScenarios.ConcurrentApprovalsDecideOnce(host);

    [Fact]
    public Task RequestJoinAsync_SecondRequest_SupersedesThePendingOne() => RosterScenarios.NewRequestSupersedesThePendingOne(host);

    [Fact]
    public Task ImportAsync_SameRowsTwice_SecondChangesNothing_BadRowsApplyNothing() => RosterScenarios.ImportTwiceChangesNothingAndReportsProblems(host);

    [Fact]
    public Task FindPersonalAsync_PersonWithPersonalAndGroupChats_ReturnsThePersonalChat() => RosterScenarios.PersonReachesTheirPersonalChatOnly(host);
}
