using DanVanBot.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

/// <summary>
/// A person the reminders can address: who they are, their role in the unit, and the Teams tenant to reach them in
/// (their own, else their organisation's). People imported by UPN only have no object id until they first write.
/// </summary>
public sealed record UnitMember(Guid UnitId, Guid PersonId, string? AadObjectId, string? DisplayName, bool IsHead, string? TenantId);

/// <summary>Who reports for which unit, and its heads, for reminders: read from the roster, many units in one query.</summary>
public interface IUnitMemberDirectory
{
    Task<IReadOnlyList<UnitMember>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default);

    /// <summary>The organisation's coordinators (the weekly digest's readers), once each, with the tenant to reach them in.</summary>
    Task<IReadOnlyList<UnitMember>> CoordinatorsOfAsync(Guid organisationId, CancellationToken cancellationToken = default);
}

internal sealed class RosterUnitMemberDirectory(IDbContextFactory<DanVanDbContext> contexts) : IUnitMemberDirectory
{
    private static readonly RosterRole[] Reporting = [RosterRole.Member, RosterRole.UnitHead];

    public async Task<IReadOnlyList<UnitMember>> MembersOfAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from m in db.Memberships
                where ids.Contains(m.UnitId) && Reporting.Contains(m.Role)
                join p in db.People on m.PersonId equals p.Id
                join u in db.Units on m.UnitId equals u.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                select new { m.UnitId, p.Id, p.AadObjectId, p.DisplayName, m.Role, Tenant = p.TenantId ?? o.TenantId })
            .AsNoTracking().ToListAsync(cancellationToken);
        // A head who is also listed as a member is a head: escalations reach them, and they are reminded once.
        return rows.GroupBy(r => (r.UnitId, r.Id))
            .Select(g => g.OrderByDescending(r => r.Role == RosterRole.UnitHead).First())
            .Select(r => new UnitMember(r.UnitId, r.Id, r.AadObjectId, r.DisplayName, r.Role == RosterRole.UnitHead, r.Tenant))
            .ToList();
    }

    public async Task<IReadOnlyList<UnitMember>> CoordinatorsOfAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from m in db.Memberships
                where m.Role == RosterRole.Coordinator
                join u in db.Units on m.UnitId equals u.Id
                where u.OrganisationId == organisationId
                join p in db.People on m.PersonId equals p.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                select new { m.UnitId, p.Id, p.AadObjectId, p.DisplayName, Tenant = p.TenantId ?? o.TenantId })
            .AsNoTracking().ToListAsync(cancellationToken);
        return rows.DistinctBy(r => r.Id).Select(r => new UnitMember(r.UnitId, r.Id, r.AadObjectId, r.DisplayName, false, r.Tenant)).ToList();
    }
}
