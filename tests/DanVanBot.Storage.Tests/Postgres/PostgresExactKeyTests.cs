using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresExactKeyTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task AddGroupMemberAsync_NamesDifferingOnlyByToneMark_TwoUnits() =>
        ExactKeyScenarios.UnitsDifferingOnlyByToneMarkAreTwoUnits(host);

    [RequiresPostgresFact]
    public Task UpsertAsync_IdsDifferingOnlyByCase_TwoConversations() =>
        ExactKeyScenarios.ConversationIdsDifferingOnlyByCaseAreTwoConversations(host);
}
