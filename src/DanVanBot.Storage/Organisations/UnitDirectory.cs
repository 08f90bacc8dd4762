using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Organisations;

/// <summary>Finds or creates an organisation's units by name within one import (one DbContext).</summary>
internal sealed class UnitDirectory
{
    private readonly DanVanDbContext db;
    private readonly Guid organisationId;
    private readonly DateTimeOffset now;
    private readonly Dictionary<string, UnitEntity> byName;

    private UnitDirectory(DanVanDbContext db, Guid organisationId, DateTimeOffset now, List<UnitEntity> units)
    {
        this.db = db;
        this.organisationId = organisationId;
        this.now = now;
        byName = units.ToDictionary(u => u.NormalizedName);
    }

    public static async Task<UnitDirectory> LoadAsync(
        DanVanDbContext db, Guid organisationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var units = await db.Units.Where(u => u.OrganisationId == organisationId).ToListAsync(cancellationToken);
        return new UnitDirectory(db, organisationId, now, units);
    }

    public static Guid UnitId(Guid organisationId, string normalizedName) =>
        NameKey.StableId("unit", organisationId.ToString(), normalizedName);

    public UnitEntity GetOrAdd(string name)
    {
        var key = NameKey.Normalize(name);
        if (!byName.TryGetValue(key, out var unit))
        {
            unit = new UnitEntity
            {
                Id = UnitId(organisationId, key), OrganisationId = organisationId,
                Name = name.Trim(), NormalizedName = key, CreatedAt = now,
            };
            db.Units.Add(unit);
            byName[key] = unit;
        }

        return unit;
    }
}

internal static class OrganisationRows
{
    public static async Task<OrganisationEntity> FindOrAddAsync(
        DanVanDbContext db, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(name);
        var existing = await db.Organisations.SingleOrDefaultAsync(o => o.NormalizedName == key, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var organisation = new OrganisationEntity
        {
            Id = NameKey.StableId("organisation", key), Name = name.Trim(), NormalizedName = key, CreatedAt = now,
        };
        db.Organisations.Add(organisation);
        return organisation;
    }
}
