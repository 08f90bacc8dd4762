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
    public static Task<ILookup<Guid, OwingUnit>> ForAsync(
        DanVanDbContext db, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken) =>
        ForAsync(db, occurrenceIds, only: null, cancellationToken);

    /// <summary>
    /// The same, limited to the units in <paramref name="only"/> (when given) before anything is read: a report turn is
    /// about one unit, and reading the thousands of a province's units to pick it made every submission cost as much as
    /// the coordinators' whole compliance card. The answer for those units is what the unlimited call gives them.
    /// </summary>
    public static async Task<ILookup<Guid, OwingUnit>> ForAsync(
        DanVanDbContext db, IReadOnlyCollection<Guid> occurrenceIds, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var ids = occurrenceIds.Distinct().ToList();
        var asked = only?.Distinct().ToList();
        var linked = from occurrence in db.Occurrences
                     where ids.Contains(occurrence.Id)
                     join link in db.ObligationUnits on occurrence.ObligationId equals link.ObligationId
                     select new { OccurrenceId = occurrence.Id, link.UnitId, link.Position };
        if (asked is not null)
        {
            // A unit owes directly or through its group: the links to read are those of the units and of their groups,
            // the groups found in the same query (a round trip fewer for every report turn). One list of ids, not
            // "asked or a group of asked": PostgreSQL cannot look an OR with a subquery up in the links' unit index, and
            // scanned all of a province's 3,000 links on every submission (0.45 of the query's 0.51 ms, EXPLAIN ANALYZE).
            var askedAndTheirGroups = db.Units.Where(u => asked.Contains(u.Id)).Select(u => u.Id)
                .Concat(db.Units.Where(u => asked.Contains(u.Id) && u.ParentUnitId != null).Select(u => u.ParentUnitId!.Value));
            linked = linked.Where(l => askedAndTheirGroups.Contains(l.UnitId));
        }
        var joined = from link in linked
                     join unit in db.Units on link.UnitId equals unit.Id
                     select new { link, unit };
        // With units asked, whether a linked group has members at all comes with the links (a group stands for itself
        // only when it has none, whichever members were asked): a round trip fewer for every report turn.
        var links = await (asked is null
                ? joined.Select(j => new LinkRow(j.link.OccurrenceId, j.unit.Id, j.unit.Name, j.unit.IsGroup, j.link.Position, false))
                : joined.Select(j => new LinkRow(j.link.OccurrenceId, j.unit.Id, j.unit.Name, j.unit.IsGroup, j.link.Position,
                    j.unit.IsGroup && db.Units.Any(m => m.ParentUnitId == j.unit.Id))))
            .AsNoTracking().ToListAsync(cancellationToken);
        var groupIds = links.Where(l => l.IsGroup && (asked is null || l.HasMembers)).Select(l => l.Id).Distinct().ToList();
        var ofGroups = db.Units.AsNoTracking().Where(u => u.ParentUnitId != null && groupIds.Contains(u.ParentUnitId.Value));
        var members = groupIds.Count == 0
            ? []
            : await (asked is null ? ofGroups : ofGroups.Where(u => asked.Contains(u.Id)))
                .Select(u => new { u.Id, u.Name, Group = u.ParentUnitId!.Value }).ToListAsync(cancellationToken);
        var membersOf = members.ToLookup(m => m.Group);
        var groupsWithMembers = asked is null ? members.Select(m => m.Group).ToHashSet() : groupIds.ToHashSet();

        var owing = new List<OwingUnit>();
        foreach (var occurrence in links.GroupBy(l => l.OccurrenceId))
        {
            var seen = new HashSet<Guid>();
            foreach (var unit in occurrence.OrderBy(l => l.Position))
            {
                var ofGroup = membersOf[unit.Id].OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
                if (!groupsWithMembers.Contains(unit.Id))
                {
                    if (seen.Add(unit.Id)) owing.Add(new OwingUnit(occurrence.Key, unit.Id, unit.Name, null));
                    continue;
                }
                foreach (var member in ofGroup.Where(m => seen.Add(m.Id)))
                    owing.Add(new OwingUnit(occurrence.Key, member.Id, member.Name, unit.Id));
            }
        }
        return (asked is null ? owing : owing.Where(o => asked.Contains(o.UnitId))).ToLookup(o => o.OccurrenceId);
    }

    private sealed record LinkRow(Guid OccurrenceId, Guid Id, string Name, bool IsGroup, int Position, bool HasMembers);

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
