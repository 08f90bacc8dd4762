using DanVanBot.Domain.Nudges;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Nudges.Planning;

/// <summary>
/// The feed over the plan store (what is due, its window and section) and the reports' compliance query (who owes it,
/// a group unit replaced by its members, and who has sent a report): a fixed number of queries per planning window.
/// </summary>
internal sealed class StoreNudgeFeed(IPlanStore plans, IReportCompliance compliance) : INudgeFeed
{
    public async Task<IReadOnlyList<NudgeOccurrence>> DueAsync(
        Guid organisationId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var window = new DateWindow(from, to);
        var due = await plans.FindDueAsync(organisationId, window, cancellationToken: cancellationToken);
        if (due.Count == 0) return [];
        // Standings are not used here (only whether a unit has sent any version), so any day serves as "today".
        var owing = (await compliance.ForPeriodAsync(organisationId, window, from, cancellationToken: cancellationToken))
            .ToDictionary(o => o.Occurrence.OccurrenceId, o => o.Units);
        var list = new List<NudgeOccurrence>(due.Count);
        foreach (var d in due)
        {
            // An activity window ("kiểm tra trong tháng 10") keeps its window; a date the office set is a plain deadline.
            var isWindow = d.WindowFrom is not null && d.WindowTo is not null && !d.DateAssignedByCoordinator && d.DueOn == d.WindowTo;
            var target = isWindow ? new NudgeTarget(d.DueOn, d.WindowFrom, d.WindowTo) : new NudgeTarget(d.DueOn);
            var units = owing.GetValueOrDefault(d.OccurrenceId) ?? [];
            list.Add(new NudgeOccurrence(d.OccurrenceId, d.ObligationId, d.PlanNumber, d.PlanTitle, d.Description, d.SectionPath,
                d.Label, target, units.Select(u => new NudgeUnit(u.UnitId, u.UnitName, u.FirstSubmittedAt is not null)).ToList()));
        }
        return list;
    }
}

/// <summary>The roster's members of each unit, and its heads (who get the escalations).</summary>
internal sealed class DirectoryNudgeRoster(IUnitMemberDirectory directory) : INudgeRoster
{
    public async Task<IReadOnlyList<NudgeRecipient>> RecipientsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken) =>
        (await directory.MembersOfAsync(unitIds, cancellationToken))
            .Select(m => new NudgeRecipient(m.UnitId, m.PersonId, m.AadObjectId, m.DisplayName, m.IsHead, m.TenantId)).ToList();
}
