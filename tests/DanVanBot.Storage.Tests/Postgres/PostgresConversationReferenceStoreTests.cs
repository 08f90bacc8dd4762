using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresConversationReferenceStoreTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task UpsertAsync_NewConversation_Inserts() => ConversationScenarios.UpsertNewConversationInserts(host);

    [RequiresPostgresFact]
    public Task UpsertAsync_ExistingConversation_UpdatesAndKeepsCreatedAt() =>
        ConversationScenarios.UpsertExistingConversationUpdatesAndKeepsCreatedAt(host);

    [RequiresPostgresFact]
    public Task UpsertAsync_SparseRecord_KeepsKnownOptionalFields() =>
        ConversationScenarios.UpsertSparseRecordKeepsKnownOptionalFields(host);

    [RequiresPostgresFact]
    public Task UpsertAsync_TenConcurrentUpsertsOfOneConversation_LeaveOneRow() =>
        ConversationScenarios.ConcurrentUpsertsOfOneConversationLeaveOneRow(host);

    [RequiresPostgresFact]
    public Task FindPersonalByAadObjectIdAsync_UserWithGroupAndPersonalChats_ReturnsPersonal() =>
        ConversationScenarios.FindPersonalByAadObjectIdReturnsOnlyThePersonalChat(host);
}
