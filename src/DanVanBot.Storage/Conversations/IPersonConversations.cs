using DanVanBot.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Conversations;

/// <summary>
/// The link from people to the conversations the bot can reach them in: a person's 1:1 chat is the stored
/// conversation reference of type "personal" whose user has the person's Entra object id. Approvals, the
/// decision sent back to a requester, and reminders all go through here.
/// </summary>
public interface IPersonConversations
{
    /// <summary>The most recently refreshed personal chat of each person who has one; people without one are absent.</summary>
    Task<IReadOnlyDictionary<Guid, ConversationReferenceRecord>> FindPersonalAsync(
        IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default);
}

internal sealed class EfPersonConversations(IDbContextFactory<DanVanDbContext> contexts) : IPersonConversations
{
    public async Task<IReadOnlyDictionary<Guid, ConversationReferenceRecord>> FindPersonalAsync(
        IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default)
    {
        if (personIds.Count == 0) return new Dictionary<Guid, ConversationReferenceRecord>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from p in db.People
                where personIds.Contains(p.Id) && p.AadObjectId != null
                join c in db.ConversationReferences on p.AadObjectId equals c.UserAadObjectId
                where c.ConversationType == "personal"
                select new { p.Id, Reference = c })
            .AsNoTracking().ToListAsync(cancellationToken);
        // Newest first in memory: SQLite cannot order DateTimeOffset in SQL; a person rarely has more than one.
        return rows.GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Reference.UpdatedAt).First().Reference.ToRecord());
    }
}
