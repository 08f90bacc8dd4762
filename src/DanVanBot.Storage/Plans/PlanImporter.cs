using System.Globalization;
using System.Text.Json;
using DanVanBot.Domain.Plans;
using DanVanBot.Storage.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Plans;

/// <summary>Writes one parsed plan into the tables, matching earlier imports by natural key and stable ids.</summary>
internal sealed class PlanImporter(DanVanDbContext db, DateTimeOffset now)
{
    public async Task<PlanImportResult> ImportAsync(ParsedPlan plan, string organisationName, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationRows.FindOrAddAsync(db, organisationName, now, cancellationToken);
        var units = await UnitDirectory.LoadAsync(db, organisation.Id, now, cancellationToken);
        foreach (var planUnit in plan.Units)
        {
            var unit = units.GetOrAdd(planUnit.Name);
            (unit.IsGroup, unit.GroupSize, unit.IsRequestOnly) = (planUnit.IsGroup, planUnit.GroupSize, planUnit.IsRequestOnly);
            unit.IsCoordinator |= planUnit.IsCoordinator;
        }

        var coordinator = plan.Coordinator is null ? null : units.GetOrAdd(plan.Coordinator);
        coordinator?.IsCoordinator = true;

        var naturalKey = NaturalKey(plan, organisation.NormalizedName);
        var sourceText = string.Join('\n', plan.SourceLines);
        var hash = NameKey.ContentHash(sourceText);
        var row = await db.Plans
            .Include(p => p.Obligations).ThenInclude(o => o.Units)
            .Include(p => p.Obligations).ThenInclude(o => o.Occurrences)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.NaturalKey == naturalKey, cancellationToken);
        var outcome = row is null ? PlanImportOutcome.Created
            : row.ContentHash == hash ? PlanImportOutcome.Unchanged : PlanImportOutcome.Updated;
        if (row is null)
        {
            row = new PlanEntity
            {
                Id = NameKey.StableId("plan", naturalKey), NaturalKey = naturalKey, Title = plan.Title,
                SourceText = sourceText, ContentHash = hash, ImportedAt = now,
            };
            db.Plans.Add(row);
        }

        row.OrganisationId = organisation.Id;
        (row.Number, row.Issuer, row.Locality, row.IssuedOn, row.Title) =
            (plan.Number, plan.Issuer, plan.Locality, plan.IssuedOn, plan.Title);
        (row.PeriodFromYear, row.PeriodToYear) = (plan.Period.FromYear, plan.Period.ToYear);
        (row.CoordinatorName, row.CoordinatorUnitId) = (plan.Coordinator, coordinator?.Id);
        (row.SourceText, row.ContentHash, row.UpdatedAt) = (sourceText, hash, now);

        var synchroniser = new ObligationSynchroniser(row, organisation.Id, units);
        var occurrenceCount = synchroniser.Apply(plan);
        await db.SaveChangesAsync(cancellationToken);
        return new PlanImportResult(row.Id, organisation.Id, outcome, plan.Obligations.Count, occurrenceCount);
    }

    /// <summary>
    /// A numbered plan is identified by issuer, number and year; an unnumbered one by issuer, title and period.
    /// The text itself is not part of the key, so a corrected re-import updates the plan in place.
    /// </summary>
    internal static string NaturalKey(ParsedPlan plan, string organisationKey) =>
        string.IsNullOrWhiteSpace(plan.Number)
            ? $"{organisationKey}|{NameKey.Normalize(plan.Title)}|{plan.Period}"
            : $"{organisationKey}|{NameKey.Normalize(plan.Number)}|" +
              (plan.IssuedOn?.Year ?? plan.Period.FromYear).ToString(CultureInfo.InvariantCulture);

    internal static (string? Kind, string? Data) EncodeRule(Domain.Plans.Deadlines.DeadlineRule? rule) =>
        rule is null ? (null, null) : (rule.GetType().Name, JsonSerializer.Serialize(rule, rule.GetType()));
}
