using System.Collections.Concurrent;
using DanVanBot.Storage.Conversations;

namespace DanVanBot.App.Features.Conversations;

/// <summary>
/// What this instance last wrote for each conversation. A durable write per message was the bot's
/// throughput limit (one fsync per turn on SQLite), while the reference almost never changes between
/// two messages: an unchanged reference is written again only after <see cref="RefreshAfter"/>.
/// A change of serviceUrl, tenant, user or locale is always written at once.
/// </summary>
internal sealed class RecentConversationReferences(TimeProvider clock)
{
    /// <summary>Bounds how stale the stored row can be when several instances share the database.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(10);

    /// <summary>Beyond this many conversations the memory is simply dropped and rebuilt by the next writes.</summary>
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, (ConversationReferenceRecord Record, DateTimeOffset WrittenAt)> written =
        new(StringComparer.Ordinal);

    public bool IsUnchanged(ConversationReferenceRecord record) =>
        written.TryGetValue(record.ConversationId, out var last)
        && clock.GetUtcNow() - last.WrittenAt < RefreshAfter
        && Comparable(last.Record) == Comparable(record);

    public void Remember(ConversationReferenceRecord record)
    {
        if (written.Count >= MaxEntries) written.Clear();
        written[record.ConversationId] = (record, clock.GetUtcNow());
    }

    // The activity id and timestamps change every message and matter to no one who reads the reference.
    private static ConversationReferenceRecord Comparable(ConversationReferenceRecord record) =>
        record with { LastActivityId = null, CreatedAt = default, UpdatedAt = default };
}
