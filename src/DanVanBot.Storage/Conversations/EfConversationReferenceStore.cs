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
        // racing each other must both succeed, never fail with a duplicate key. SQLite (3.24+)
        // and PostgreSQL share this INSERT … ON CONFLICT syntax, including "excluded".
        // CreatedAt is never overwritten; optional fields fall back to what is stored.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ConversationReferences" (
                "ConversationId", "ChannelId", "ServiceUrl", "ConversationType", "TenantId", "IsGroup",
                "BotId", "BotName", "UserId", "UserAadObjectId", "UserName", "TeamId", "TeamsChannelId",
                "Locale", "CreatedAt", "UpdatedAt", "LastActivityId")
            VALUES (
                {record.ConversationId}, {record.ChannelId}, {record.ServiceUrl}, {record.ConversationType},
                {record.TenantId}, {record.IsGroup}, {record.BotId}, {record.BotName}, {record.UserId},
                {record.UserAadObjectId}, {record.UserName}, {record.TeamId}, {record.TeamsChannelId},
                {record.Locale}, {now}, {now}, {record.LastActivityId})
            ON CONFLICT ("ConversationId") DO UPDATE SET
                "ChannelId" = excluded."ChannelId",
                "ServiceUrl" = excluded."ServiceUrl",
                "ConversationType" = COALESCE(excluded."ConversationType", "ConversationReferences"."ConversationType"),
                "TenantId" = COALESCE(excluded."TenantId", "ConversationReferences"."TenantId"),
                "IsGroup" = excluded."IsGroup",
                "BotId" = excluded."BotId",
                "BotName" = COALESCE(excluded."BotName", "ConversationReferences"."BotName"),
                "UserId" = COALESCE(excluded."UserId", "ConversationReferences"."UserId"),
                "UserAadObjectId" = COALESCE(excluded."UserAadObjectId", "ConversationReferences"."UserAadObjectId"),
                "UserName" = COALESCE(excluded."UserName", "ConversationReferences"."UserName"),
                "TeamId" = COALESCE(excluded."TeamId", "ConversationReferences"."TeamId"),
                "TeamsChannelId" = COALESCE(excluded."TeamsChannelId", "ConversationReferences"."TeamsChannelId"),
                "Locale" = COALESCE(excluded."Locale", "ConversationReferences"."Locale"),
                "UpdatedAt" = excluded."UpdatedAt",
                "LastActivityId" = COALESCE(excluded."LastActivityId", "ConversationReferences"."LastActivityId")
            """, cancellationToken);
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
