using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Plans;

internal sealed class EfPlanCatalog(IDbContextFactory<DanVanDbContext> contexts) : IPlanCatalog
{
    public async Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Projected so the (large) source text never leaves the database.
        var rows = await (
                from plan in db.Plans
                join organisation in db.Organisations on plan.OrganisationId equals organisation.Id
                select new PlanSummary(plan.Id, plan.OrganisationId, organisation.Name, plan.Number, plan.Title,
                    plan.IssuedOn, plan.PeriodFromYear, plan.PeriodToYear, plan.CoordinatorName))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows.OrderBy(p => p.OrganisationName, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
    }
}
