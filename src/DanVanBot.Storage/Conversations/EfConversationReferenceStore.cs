using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Conversations;

internal sealed class EfConversationReferenceStore(
    IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IConversationReferenceStore
{
    public async Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One atomic statement instead of read-then-write: two turns of the same conversation
        // racing each other must both succeed, never fail with a duplicate key.
        await db.Database.ExecuteSqlAsync(ConversationUpsertSql.For(db.Database, record, now), cancellationToken);
    }

    public async Task<ConversationReferenceRecord?> FindAsync(
        string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken);
        return entity?.ToRecord();
    }

    public async Task<ConversationReferenceRecord?> FindPersonalByAadObjectIdAsync(
        string aadObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.ConversationReferences.AsNoTracking()
            .Where(c => c.UserAadObjectId == aadObjectId && c.ConversationType == "personal")
            .ToListAsync(cancellationToken);

        // A user rarely has more than one; sorting here avoids SQLite's lack of DateTimeOffset ordering.
        return candidates.OrderByDescending(c => c.UpdatedAt).FirstOrDefault()?.ToRecord();
    }
}
