using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

/// <summary>Where a person's 1:1 chat with the bot is, if the bot has one.</summary>
public sealed record NudgeAddress(string AadObjectId, string ServiceUrl, string ConversationId, string? TenantId);

/// <summary>
/// The 1:1 conversations of many people at once, for planning reminders without one query per person, and the latest
/// serviceUrl seen for a tenant (where to create a conversation for someone the bot has never talked to).
/// </summary>
public interface INudgeAddressBook
{
    Task<IReadOnlyDictionary<string, NudgeAddress>> FindPersonalAsync(
        IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken = default);

    Task<string?> LatestServiceUrlAsync(string tenantId, CancellationToken cancellationToken = default);
}

internal sealed class EfNudgeAddressBook(IDbContextFactory<DanVanDbContext> contexts) : INudgeAddressBook
{
    public async Task<IReadOnlyDictionary<string, NudgeAddress>> FindPersonalAsync(
        IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, NudgeAddress>(StringComparer.OrdinalIgnoreCase);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in aadObjectIds.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(500))
        {
            var rows = await db.ConversationReferences.AsNoTracking()
                .Where(c => c.ConversationType == "personal" && c.UserAadObjectId != null && chunk.Contains(c.UserAadObjectId))
                .Select(c => new { c.UserAadObjectId, c.ServiceUrl, c.ConversationId, c.TenantId, c.UpdatedAt })
                .ToListAsync(cancellationToken);
            // Newest first in memory: SQLite cannot order DateTimeOffset in SQL; a person rarely has two.
            foreach (var row in rows.OrderByDescending(r => r.UpdatedAt))
                result.TryAdd(row.UserAadObjectId!, new NudgeAddress(row.UserAadObjectId!, row.ServiceUrl, row.ConversationId, row.TenantId));
        }
        return result;
    }

    public async Task<string?> LatestServiceUrlAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ConversationReferences.AsNoTracking().Where(c => c.TenantId == tenantId)
            .Select(c => new { c.ServiceUrl, c.UpdatedAt }).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.UpdatedAt).FirstOrDefault()?.ServiceUrl;
    }
}
