using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Organisations;

internal sealed class EfOrganisationStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IOrganisationStore
{
    public async Task<IReadOnlyList<OrganisationInfo>> ListOrganisationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Organisations.AsNoTracking().Select(o => new OrganisationInfo(o.Id, o.Name, o.TenantId)).ToListAsync(cancellationToken);
        return rows.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<OrganisationInfo?> FindOrganisationByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var key = NameKey.Normalize(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking().Where(o => o.NormalizedName == key)
            .Select(o => new OrganisationInfo(o.Id, o.Name, o.TenantId)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnitInfo>> ListUnitsAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Units.AsNoTracking().Where(u => u.OrganisationId == organisationId).ToListAsync(cancellationToken);
        return rows.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => u.ToInfo()).ToList();
    }

    public async Task<UnitInfo?> FindUnitAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken))?.ToInfo();
    }

    public async Task<UnitInfo> AddGroupMemberAsync(Guid groupUnitId, string memberName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var group = await db.Units.SingleOrDefaultAsync(u => u.Id == groupUnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {groupUnitId} does not exist.");
        if (!group.IsGroup)
        {
            throw new InvalidOperationException($"'{group.Name}' is not a group unit.");
        }

        var key = NameKey.Normalize(memberName);
        var member = await db.Units.SingleOrDefaultAsync(
            u => u.OrganisationId == group.OrganisationId && u.NormalizedName == key, cancellationToken);
        if (member is null)
        {
            member = new UnitEntity
            {
                Id = UnitDirectory.UnitId(group.OrganisationId, key), OrganisationId = group.OrganisationId,
                Name = memberName.Trim(), NormalizedName = key, ParentUnitId = group.Id,
                AddedByAdministrator = true, CreatedAt = clock.GetUtcNow(),
            };
            db.Units.Add(member);
        }
        else if (member.ParentUnitId != group.Id)
        {
            throw new InvalidOperationException($"'{member.Name}' already exists outside group '{group.Name}'.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return member.ToInfo();
    }

    public async Task<IReadOnlyList<UnitInfo>> ListGroupMembersAsync(Guid groupUnitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Units.AsNoTracking().Where(u => u.ParentUnitId == groupUnitId).ToListAsync(cancellationToken);
        return rows.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => u.ToInfo()).ToList();
    }

    public async Task<bool> SetTenantAsync(Guid organisationId, string? tenantId, CancellationToken cancellationToken = default)
    {
        var key = string.IsNullOrWhiteSpace(tenantId) ? null : tenantId.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.Where(o => o.Id == organisationId)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.TenantId, key), cancellationToken) > 0;
    }

    public async Task<OrganisationInfo> AddOrganisationAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await OrganisationRows.FindOrAddAsync(db, name, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new OrganisationInfo(row.Id, row.Name, row.TenantId);
    }

    public async Task<UnitInfo> AddUnitAsync(Guid organisationId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await UnitDirectory.LoadAsync(db, organisationId, clock.GetUtcNow(), cancellationToken);
        var unit = units.GetOrAdd(name);
        unit.AddedByAdministrator |= db.Entry(unit).State == EntityState.Added;
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToInfo();
    }
}
