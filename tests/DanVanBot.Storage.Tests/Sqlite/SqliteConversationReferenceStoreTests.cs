using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqliteConversationReferenceStoreTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task UpsertAsync_NewConversation_Inserts() => ConversationScenarios.UpsertNewConversationInserts(host);

    [Fact]
    public Task UpsertAsync_ExistingConversation_UpdatesAndKeepsCreatedAt() =>
        ConversationScenarios.UpsertExistingConversationUpdatesAndKeepsCreatedAt(host);

    [Fact]
    public Task UpsertAsync_SparseRecord_KeepsKnownOptionalFields() =>
        ConversationScenarios.UpsertSparseRecordKeepsKnownOptionalFields(host);

    [Fact]
    public Task UpsertAsync_TenConcurrentUpsertsOfOneConversation_LeaveOneRow() =>
        ConversationScenarios.ConcurrentUpsertsOfOneConversationLeaveOneRow(host);

    [Fact]
    public Task FindPersonalByAadObjectIdAsync_UserWithGroupAndPersonalChats_ReturnsPersonal() =>
        ConversationScenarios.FindPersonalByAadObjectIdReturnsOnlyThePersonalChat(host);
}
