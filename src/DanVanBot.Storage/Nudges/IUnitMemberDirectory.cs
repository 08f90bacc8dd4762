using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

/// <summary>A person the reminders can address: who they are, and their role in the unit.</summary>
public sealed record UnitMember(Guid UnitId, Guid PersonId, string AadObjectId, string? DisplayName, bool IsHead);

/// <summary>
/// Who belongs to which unit, for reminders, until the roster (issue 9) replaces user profiles: the people who told
/// the bot their unit in chat. Profiles carry no roles, so this knows no unit heads.
/// </summary>
public interface IUnitMemberDirectory
{
    Task<IReadOnlyList<UnitMember>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default);
}

internal sealed class ProfileUnitMemberDirectory(IDbContextFactory<DanVanDbContext> contexts) : IUnitMemberDirectory
{
    public async Task<IReadOnlyList<UnitMember>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.UserProfiles.AsNoTracking().Where(p => p.UnitId != null && ids.Contains(p.UnitId.Value))
            .Select(p => new { p.UnitId, p.AadObjectId, p.DisplayName }).ToListAsync(cancellationToken);
        return rows.Select(r => new UnitMember(r.UnitId!.Value, NameKey.StableId("person", r.AadObjectId.ToLowerInvariant()),
            r.AadObjectId.ToLowerInvariant(), r.DisplayName, IsHead: false)).ToList();
    }
}
