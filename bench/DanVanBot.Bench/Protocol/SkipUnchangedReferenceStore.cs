using System.Collections.Concurrent;
using DanVanBot.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Protocol;

/// <summary>
/// EXPERIMENT, bench host only (--experiment skip-unchanged-references): the bot's conversation-reference store,
/// but an upsert identical to the last one written for that conversation (ignoring the activity id and times) is
/// skipped. Measures how much of a turn's cost is the durable write the observer makes on every activity.
/// </summary>
public sealed class SkipUnchangedReferenceStore(IConversationReferenceStore inner) : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReferenceRecord> written = new(StringComparer.Ordinal);

    /// <summary>Wraps the storage project's own (internal) store, created as its DI registration would.</summary>
    public static IConversationReferenceStore Create(IServiceProvider services)
    {
        var type = typeof(IConversationReferenceStore).Assembly
            .GetType("DanVanBot.Storage.Conversations.EfConversationReferenceStore", throwOnError: true)!;
        return new SkipUnchangedReferenceStore((IConversationReferenceStore)ActivatorUtilities.CreateInstance(services, type));
    }

    public async Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var key = record with { LastActivityId = null, CreatedAt = default, UpdatedAt = default };
        if (written.TryGetValue(record.ConversationId, out var last) && last == key) return;
        await inner.UpsertAsync(record, cancellationToken);
        written[record.ConversationId] = key;
    }

    public Task<ConversationReferenceRecord?> FindAsync(string conversationId, CancellationToken cancellationToken = default) =>
        inner.FindAsync(conversationId, cancellationToken);

    public Task<ConversationReferenceRecord?> FindPersonalByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
        inner.FindPersonalByAadObjectIdAsync(aadObjectId, cancellationToken);
}
