using System.Globalization;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.Storage.Plans;

/// <summary>
/// Brings a plan row's obligations and occurrences in line with a fresh parse. Rows are matched by stable ids
/// (derived from the plan's natural key and the duty's own wording), so a re-import updates them in place and
/// keeps dates the coordinating office assigned; anything the parse no longer has is retired.
/// </summary>
internal sealed class ObligationSynchroniser(PlanEntity plan, Guid organisationId, UnitDirectory units)
{
    public int Apply(ParsedPlan parsed)
    {
        var existing = plan.Obligations.ToDictionary(o => o.Id);
        var seen = new HashSet<Guid>();
        var occurrenceCount = 0;
        var ordinal = 0;
        foreach (var obligation in parsed.Obligations)
        {
            var id = UniqueId(seen, "obligation", plan.NaturalKey, obligation.SectionPath,
                obligation.Kind.ToString(), NameKey.Normalize(obligation.Description));
            if (!existing.TryGetValue(id, out var row))
            {
                row = new ObligationEntity
                {
                    Id = id, PlanId = plan.Id, Description = obligation.Description,
                    SectionPath = obligation.SectionPath, SourceLines = string.Empty,
                };
                plan.Obligations.Add(row);
            }

            Fill(row, obligation, ordinal++);
            SyncUnits(row, obligation.Units);
            occurrenceCount += SyncOccurrences(row, OccurrencesOf(obligation, parsed.Period));
        }

        foreach (var stale in plan.Obligations.Where(o => !seen.Contains(o.Id)))
        {
            stale.IsRetired = true;
            stale.Occurrences.ForEach(o => o.IsRetired = true);
        }

        return occurrenceCount;
    }

    private static void Fill(ObligationEntity row, PlanObligation obligation, int ordinal)
    {
        (row.Ordinal, row.Description, row.Kind, row.SectionPath) =
            (ordinal, obligation.Description, obligation.Kind, obligation.SectionPath);
        (row.Recipient, row.Via, row.Phrase) = (obligation.Recipient, obligation.Via, obligation.Phrase);
        (row.RuleKind, row.RuleData) = PlanImporter.EncodeRule(obligation.Rule);
        row.Cadence = obligation.Cadence is { } cadence ? (int)cadence : null;
        row.NeedsDate = obligation.NeedsDate;
        row.SourceLines = string.Join(',', obligation.SourceLines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
        row.IsRetired = false;
    }

    private void SyncUnits(ObligationEntity row, IReadOnlyList<string> names)
    {
        var wanted = names.Select(units.GetOrAdd).DistinctBy(u => u.Id).ToList();
        row.Units.RemoveAll(link => wanted.All(u => u.Id != link.UnitId));
        for (var position = 0; position < wanted.Count; position++)
        {
            var link = row.Units.FirstOrDefault(l => l.UnitId == wanted[position].Id);
            if (link is null)
            {
                link = new ObligationUnitEntity { ObligationId = row.Id, UnitId = wanted[position].Id };
                row.Units.Add(link);
            }

            link.Position = position;
        }
    }

    private int SyncOccurrences(ObligationEntity row, IReadOnlyList<Occurrence> occurrences)
    {
        var existing = row.Occurrences.ToDictionary(o => o.Id);
        var seen = new HashSet<Guid>();
        foreach (var occurrence in occurrences)
        {
            var id = UniqueId(seen, "occurrence", row.Id.ToString(), occurrence.Label);
            if (!existing.TryGetValue(id, out var entity))
            {
                entity = new OccurrenceEntity { Id = id, ObligationId = row.Id, Label = occurrence.Label };
                row.Occurrences.Add(entity);
            }

            (entity.OrganisationId, entity.Label, entity.PlanLastDay) = (organisationId, occurrence.Label, occurrence.LastDay);
            (entity.WindowFrom, entity.WindowTo, entity.IsRetired) = (occurrence.WindowFrom, occurrence.WindowTo, false);
            entity.Assign(entity.AssignedLastDay);
        }

        foreach (var stale in row.Occurrences.Where(o => !seen.Contains(o.Id)))
        {
            stale.IsRetired = true;
        }

        return occurrences.Count;
    }

    /// <summary>
    /// A duty with no rule at all still gets one undated occurrence for the whole plan period, so the
    /// coordinating office has something to give a date to and reports have something to attach to.
    /// </summary>
    private static IReadOnlyList<Occurrence> OccurrencesOf(PlanObligation obligation, PlanPeriod period) =>
        obligation.Occurrences.Count > 0
            ? obligation.Occurrences
            : [new Occurrence(null, new DateOnly(period.FromYear, 1, 1), new DateOnly(period.ToYear, 12, 31), period.ToString())];

    /// <summary>A stable id; a second identical key in the same parse gets a numbered variant instead of colliding.</summary>
    private static Guid UniqueId(HashSet<Guid> seen, params string[] parts)
    {
        var id = NameKey.StableId(parts);
        for (var n = 2; !seen.Add(id); n++)
        {
            id = NameKey.StableId([.. parts, n.ToString(CultureInfo.InvariantCulture)]);
        }

        return id;
    }
}
