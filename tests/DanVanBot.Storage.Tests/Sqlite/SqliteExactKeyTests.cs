using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqliteExactKeyTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task AddGroupMemberAsync_NamesDifferingOnlyByToneMark_TwoUnits() =>
        ExactKeyScenarios.UnitsDifferingOnlyByToneMarkAreTwoUnits(host);

    [Fact]
    public Task UpsertAsync_IdsDifferingOnlyByCase_TwoConversations() =>
        ExactKeyScenarios.ConversationIdsDifferingOnlyByCaseAreTwoConversations(host);
}
