using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Imports;

/// <summary>What the set-date card needs to know about one occurrence: its duty, its plan's period, its current days.</summary>
public sealed record OccurrenceForDating(
    Guid OccurrenceId,
    Guid OrganisationId,
    Guid PlanId,
    string? PlanNumber,
    string PlanTitle,
    int PeriodFromYear,
    int PeriodToYear,
    string Description,
    string Label,
    DateOnly? PlanLastDay,
    DateOnly? AssignedLastDay,
    DateOnly? WindowFrom,
    DateOnly? WindowTo);

/// <summary>Looks up one live occurrence; a retired one (dropped by a re-import) is not found.</summary>
public interface IOccurrenceDatingLookup
{
    Task<OccurrenceForDating?> FindAsync(Guid occurrenceId, CancellationToken cancellationToken = default);
}

internal sealed class EfOccurrenceDatingLookup(IDbContextFactory<DanVanDbContext> contexts) : IOccurrenceDatingLookup
{
    public async Task<OccurrenceForDating?> FindAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from occurrence in db.Occurrences
                where occurrence.Id == occurrenceId && !occurrence.IsRetired
                join obligation in db.Obligations on occurrence.ObligationId equals obligation.Id
                where !obligation.IsRetired
                join plan in db.Plans on obligation.PlanId equals plan.Id
                select new OccurrenceForDating(
                    occurrence.Id, occurrence.OrganisationId, plan.Id, plan.Number, plan.Title, plan.PeriodFromYear, plan.PeriodToYear,
                    obligation.Description, occurrence.Label, occurrence.PlanLastDay, occurrence.AssignedLastDay,
                    occurrence.WindowFrom, occurrence.WindowTo))
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
    }
}
