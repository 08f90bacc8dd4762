using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Plans;

internal sealed class EfPlanStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IPlanStore
{
    public async Task<PlanImportResult> UpsertPlanAsync(
        ParsedPlan plan, string? organisationName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var organisation = organisationName ?? plan.Issuer ?? plan.Locality
            ?? throw new ArgumentException("The plan names no issuer; pass the organisation name.", nameof(organisationName));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await ResilientTransaction.RunAsync(
            db, ct => new PlanImporter(db, now).ImportAsync(plan, organisation, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<DueOccurrence>> FindDueAsync(
        Guid organisationId, DateWindow window, Guid? unitId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owners = await OwnersAsync(db, unitId, cancellationToken);
        var rows = await (
                from occurrence in db.Occurrences
                where occurrence.OrganisationId == organisationId && !occurrence.IsRetired
                      && occurrence.DueOn >= window.From && occurrence.DueOn <= window.To
                join obligation in db.Obligations on occurrence.ObligationId equals obligation.Id
                where !obligation.IsRetired
                      && (owners == null || db.ObligationUnits.Any(u => u.ObligationId == obligation.Id && owners.Contains(u.UnitId)))
                join plan in db.Plans on obligation.PlanId equals plan.Id
                select new { occurrence, obligation, plan.Number, plan.Title })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var unitNames = await UnitNamesAsync(db, rows.Select(r => r.obligation.Id), cancellationToken);
        return rows
            .Select(r => new DueOccurrence(
                r.occurrence.Id, r.obligation.Id, r.obligation.PlanId, r.Number, r.Title, r.obligation.Description,
                r.obligation.Kind, r.occurrence.Label, r.occurrence.DueOn!.Value, r.occurrence.WindowFrom,
                r.occurrence.WindowTo, r.obligation.Recipient, r.obligation.Via, r.obligation.Phrase,
                r.obligation.SectionPath, r.occurrence.AssignedLastDay is not null,
                unitNames.GetValueOrDefault(r.obligation.Id, []),
                r.obligation.Cadence is int cadence ? (Cadence)cadence : null))
            .OrderBy(d => d.DueOn).ThenBy(d => d.PlanTitle, StringComparer.Ordinal).ThenBy(d => d.Label, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<UndatedOccurrence>> FindUndatedAsync(
        Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from occurrence in db.Occurrences
                where occurrence.OrganisationId == organisationId && !occurrence.IsRetired && occurrence.DueOn == null
                join obligation in db.Obligations on occurrence.ObligationId equals obligation.Id
                where !obligation.IsRetired
                join plan in db.Plans on obligation.PlanId equals plan.Id
                select new { occurrence, obligation.Ordinal, obligation.Description, plan.Id, plan.Title })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var unitNames = await UnitNamesAsync(db, rows.Select(r => r.occurrence.ObligationId), cancellationToken);
        return rows
            .OrderBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Ordinal).ThenBy(r => r.occurrence.WindowTo)
            .ThenByDescending(r => r.occurrence.WindowFrom)
            .Select(r => new UndatedOccurrence(r.occurrence.Id, r.Id, r.Title, r.Description, r.occurrence.Label,
                r.occurrence.WindowFrom, r.occurrence.WindowTo, unitNames.GetValueOrDefault(r.occurrence.ObligationId, [])))
            .ToList();
    }

    public async Task<bool> AssignDueDateAsync(Guid occurrenceId, DateOnly? lastDay, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var occurrence = await db.Occurrences.SingleOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken);
        if (occurrence is null)
        {
            return false;
        }

        occurrence.Assign(lastDay);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A unit owes what is addressed to it and to the group it is a member of.</summary>
    private static async Task<List<Guid>?> OwnersAsync(DanVanDbContext db, Guid? unitId, CancellationToken cancellationToken)
    {
        if (unitId is null)
        {
            return null;
        }

        var parent = await db.Units.Where(u => u.Id == unitId).Select(u => u.ParentUnitId).SingleOrDefaultAsync(cancellationToken);
        return parent is null ? [unitId.Value] : [unitId.Value, parent.Value];
    }

    internal static async Task<Dictionary<Guid, IReadOnlyList<string>>> UnitNamesAsync(
        DanVanDbContext db, IEnumerable<Guid> obligationIds, CancellationToken cancellationToken)
    {
        var ids = obligationIds.Distinct().ToList();
        var links = await (
                from link in db.ObligationUnits
                where ids.Contains(link.ObligationId)
                join unit in db.Units on link.UnitId equals unit.Id
                select new { link.ObligationId, link.Position, unit.Name })
            .ToListAsync(cancellationToken);
        return links.GroupBy(l => l.ObligationId).ToDictionary(
            g => g.Key, IReadOnlyList<string> (g) => g.OrderBy(l => l.Position).Select(l => l.Name).ToList());
    }
}
