namespace DanVanBot.Storage.Conversations;

/// <summary>Remembers where each conversation lives so reminders can be sent proactively.</summary>
public interface IConversationReferenceStore
{
    /// <summary>
    /// Inserts the conversation or refreshes it. Safe when several turns of one conversation
    /// arrive at once. Optional fields that are missing from <paramref name="record"/> keep
    /// their stored values, so a sparse activity never erases what an earlier one told us.
    /// </summary>
    Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default);

    Task<ConversationReferenceRecord?> FindAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The most recently refreshed 1:1 chat with this user, if the bot has one.</summary>
    Task<ConversationReferenceRecord?> FindPersonalByAadObjectIdAsync(
        string aadObjectId, CancellationToken cancellationToken = default);
}
