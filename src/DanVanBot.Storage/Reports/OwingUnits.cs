using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Reports;

/// <summary>A unit that owes an occurrence; <see cref="GroupUnitId"/> is set when it stands in for its group.</summary>
internal sealed record OwingUnit(Guid OccurrenceId, Guid UnitId, string UnitName, Guid? GroupUnitId);

/// <summary>
/// Which units owe which occurrences, for many occurrences in three queries whatever their number: the plan's units
/// in the plan's order, a group unit ("UBND 10 phường") replaced by the members an administrator filled in (by name),
/// a group without members standing for itself.
/// </summary>
internal static class OwingUnits
{
    public static async Task<ILookup<Guid, OwingUnit>> ForAsync(
        DanVanDbContext db, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken)
    {
        var ids = occurrenceIds.Distinct().ToList();
        var links = await (
                from occurrence in db.Occurrences
                where ids.Contains(occurrence.Id)
                join link in db.ObligationUnits on occurrence.ObligationId equals link.ObligationId
                join unit in db.Units on link.UnitId equals unit.Id
                select new { OccurrenceId = occurrence.Id, unit.Id, unit.Name, unit.IsGroup, link.Position })
            .AsNoTracking().ToListAsync(cancellationToken);
        var groupIds = links.Where(l => l.IsGroup).Select(l => l.Id).Distinct().ToList();
        var members = groupIds.Count == 0
            ? []
            : await db.Units.AsNoTracking().Where(u => u.ParentUnitId != null && groupIds.Contains(u.ParentUnitId.Value))
                .Select(u => new { u.Id, u.Name, Group = u.ParentUnitId!.Value }).ToListAsync(cancellationToken);
        var membersOf = members.ToLookup(m => m.Group);

        var owing = new List<OwingUnit>();
        foreach (var occurrence in links.GroupBy(l => l.OccurrenceId))
        {
            var seen = new HashSet<Guid>();
            foreach (var unit in occurrence.OrderBy(l => l.Position))
            {
                var ofGroup = membersOf[unit.Id].OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
                if (ofGroup.Count == 0)
                {
                    if (seen.Add(unit.Id)) owing.Add(new OwingUnit(occurrence.Key, unit.Id, unit.Name, null));
                    continue;
                }
                foreach (var member in ofGroup.Where(m => seen.Add(m.Id)))
                    owing.Add(new OwingUnit(occurrence.Key, member.Id, member.Name, unit.Id));
            }
        }
        return owing.ToLookup(o => o.OccurrenceId);
    }

    /// <summary>The occurrences (of <paramref name="occurrenceIds"/>) a unit owes, directly or through its group.</summary>
    public static async Task<List<Guid>> OwedByAsync(
        DanVanDbContext db, Guid unitId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Id, u.ParentUnitId }).FirstOrDefaultAsync(cancellationToken);
        if (unit is null || occurrenceIds.Count == 0) return [];
        var owners = unit.ParentUnitId is { } group ? new[] { unit.Id, group } : [unit.Id];
        var ids = occurrenceIds.Distinct().ToList();
        return await (
                from occurrence in db.Occurrences
                where ids.Contains(occurrence.Id)
                join link in db.ObligationUnits on occurrence.ObligationId equals link.ObligationId
                where owners.Contains(link.UnitId)
                select occurrence.Id)
            .Distinct().ToListAsync(cancellationToken);
    }
}
