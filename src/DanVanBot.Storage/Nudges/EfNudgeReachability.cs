using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

internal sealed class EfNudgeReachability(IDbContextFactory<DanVanDbContext> contexts) : INudgeReachability
{
    public async Task MarkUnreachableAsync(
        UnreachablePerson person, Guid organisationId, string? conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var key = Key(person.AadObjectId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NudgeUnreachable.SingleOrDefaultAsync(u => u.AadObjectId == key, cancellationToken);
        if (row is null)
        {
            row = new NudgeUnreachableEntity { AadObjectId = key, Since = person.Since };
            db.NudgeUnreachable.Add(row);
        }

        (row.PersonId, row.PersonName, row.OrganisationId) = (person.PersonId, person.PersonName, organisationId);
        (row.Reason, row.StatusCode, row.ConversationId) = (person.Reason, person.StatusCode, conversationId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two sends to the same person failed at once and both inserted: the first mark stands.
        }
    }

    public async Task<bool> ClearAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        var key = Key(aadObjectId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.NudgeUnreachable.Where(u => u.AadObjectId == key).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyDictionary<string, UnreachablePerson>> FindUnreachableAsync(
        IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken = default)
    {
        var keys = aadObjectIds.Select(Key).Distinct().ToList();
        if (keys.Count == 0) return new Dictionary<string, UnreachablePerson>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NudgeUnreachable.AsNoTracking().Where(u => keys.Contains(u.AadObjectId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(u => u.AadObjectId, ToRecord, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyList<UnreachablePerson>> ListUnreachableAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NudgeUnreachable.AsNoTracking().Where(u => u.OrganisationId == organisationId).ToListAsync(cancellationToken);
        return rows.Select(ToRecord).OrderBy(u => u.PersonName, StringComparer.Ordinal).ToList();
    }

    public async Task MuteAsync(Guid organisationId, NudgeMute mute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mute);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.NudgeMutes.AnyAsync(m => m.PersonId == mute.PersonId && m.ObligationId == mute.ObligationId, cancellationToken)) return;
        db.NudgeMutes.Add(new NudgeMuteEntity
        {
            PersonId = mute.PersonId, ObligationId = mute.ObligationId, OrganisationId = organisationId,
            PersonName = mute.PersonName, ObligationDescription = mute.ObligationDescription, MutedAt = mute.MutedAt,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Pressed twice at once: muted either way.
        }
    }

    public async Task<bool> UnmuteAsync(Guid personId, Guid obligationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.NudgeMutes.Where(m => m.PersonId == personId && m.ObligationId == obligationId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlySet<(Guid PersonId, Guid ObligationId)>> FindMutedAsync(
        IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default)
    {
        if (personIds.Count == 0) return new HashSet<(Guid, Guid)>();
        var ids = personIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NudgeMutes.AsNoTracking().Where(m => ids.Contains(m.PersonId))
            .Select(m => new { m.PersonId, m.ObligationId }).ToListAsync(cancellationToken);
        return rows.Select(m => (m.PersonId, m.ObligationId)).ToHashSet();
    }

    public async Task<IReadOnlyList<NudgeMute>> ListMutesAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NudgeMutes.AsNoTracking().Where(m => m.OrganisationId == organisationId).ToListAsync(cancellationToken);
        return rows.Select(m => new NudgeMute(m.PersonId, m.ObligationId, m.PersonName, m.ObligationDescription, m.MutedAt))
            .OrderBy(m => m.PersonName, StringComparer.Ordinal).ToList();
    }

    private static string Key(string aadObjectId) => aadObjectId.Trim().ToLowerInvariant();

    private static UnreachablePerson ToRecord(NudgeUnreachableEntity u) =>
        new(u.AadObjectId, u.PersonId, u.PersonName, u.Reason, u.StatusCode, u.Since);
}
