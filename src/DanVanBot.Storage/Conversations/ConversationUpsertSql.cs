using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DanVanBot.Storage.Conversations;

/// <summary>
/// The atomic upsert of a conversation reference in each dialect. CreatedAt is never overwritten; optional
/// fields fall back to what is stored.
/// </summary>
internal static class ConversationUpsertSql
{
    public static FormattableString For(DatabaseFacade database, ConversationReferenceRecord record, DateTimeOffset now) =>
        database.IsSqlServer() ? Merge(record, now) : InsertOnConflict(record, now);

    /// <summary>SQLite (3.24+) and PostgreSQL share INSERT … ON CONFLICT, including "excluded".</summary>
    private static FormattableString InsertOnConflict(ConversationReferenceRecord record, DateTimeOffset now) => $"""
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
        """;

    /// <summary>
    /// SQL Server has no ON CONFLICT; MERGE with HOLDLOCK keeps the key range locked between its match and its
    /// insert, so two racing turns serialise instead of both inserting.
    /// </summary>
    private static FormattableString Merge(ConversationReferenceRecord record, DateTimeOffset now) => $"""
        MERGE INTO [ConversationReferences] WITH (HOLDLOCK) AS [stored]
        USING (VALUES (
            {record.ConversationId}, {record.ChannelId}, {record.ServiceUrl}, {record.ConversationType},
            {record.TenantId}, {record.IsGroup}, {record.BotId}, {record.BotName}, {record.UserId},
            {record.UserAadObjectId}, {record.UserName}, {record.TeamId}, {record.TeamsChannelId},
            {record.Locale}, {now}, {record.LastActivityId}))
        AS [incoming] ([ConversationId], [ChannelId], [ServiceUrl], [ConversationType], [TenantId], [IsGroup],
            [BotId], [BotName], [UserId], [UserAadObjectId], [UserName], [TeamId], [TeamsChannelId],
            [Locale], [Now], [LastActivityId])
        ON [stored].[ConversationId] = [incoming].[ConversationId]
        WHEN MATCHED THEN UPDATE SET
            [ChannelId] = [incoming].[ChannelId],
            [ServiceUrl] = [incoming].[ServiceUrl],
            [ConversationType] = COALESCE([incoming].[ConversationType], [stored].[ConversationType]),
            [TenantId] = COALESCE([incoming].[TenantId], [stored].[TenantId]),
            [IsGroup] = [incoming].[IsGroup],
            [BotId] = [incoming].[BotId],
            [BotName] = COALESCE([incoming].[BotName], [stored].[BotName]),
            [UserId] = COALESCE([incoming].[UserId], [stored].[UserId]),
            [UserAadObjectId] = COALESCE([incoming].[UserAadObjectId], [stored].[UserAadObjectId]),
            [UserName] = COALESCE([incoming].[UserName], [stored].[UserName]),
            [TeamId] = COALESCE([incoming].[TeamId], [stored].[TeamId]),
            [TeamsChannelId] = COALESCE([incoming].[TeamsChannelId], [stored].[TeamsChannelId]),
            [Locale] = COALESCE([incoming].[Locale], [stored].[Locale]),
            [UpdatedAt] = [incoming].[Now],
            [LastActivityId] = COALESCE([incoming].[LastActivityId], [stored].[LastActivityId])
        WHEN NOT MATCHED THEN INSERT (
            [ConversationId], [ChannelId], [ServiceUrl], [ConversationType], [TenantId], [IsGroup],
            [BotId], [BotName], [UserId], [UserAadObjectId], [UserName], [TeamId], [TeamsChannelId],
            [Locale], [CreatedAt], [UpdatedAt], [LastActivityId])
        VALUES (
            [incoming].[ConversationId], [incoming].[ChannelId], [incoming].[ServiceUrl], [incoming].[ConversationType],
            [incoming].[TenantId], [incoming].[IsGroup], [incoming].[BotId], [incoming].[BotName], [incoming].[UserId],
            [incoming].[UserAadObjectId], [incoming].[UserName], [incoming].[TeamId], [incoming].[TeamsChannelId],
            [incoming].[Locale], [incoming].[Now], [incoming].[Now], [incoming].[LastActivityId]);
        """;
}
