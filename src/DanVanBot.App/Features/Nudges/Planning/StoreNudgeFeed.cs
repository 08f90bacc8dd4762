using DanVanBot.Domain.Nudges;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Nudges.Planning;

/// <summary>The feed over the plan and report stores (one status query per occurrence: a planning window holds few).</summary>
internal sealed class StoreNudgeFeed(IPlanStore plans, IReportStore reports) : INudgeFeed
{
    public async Task<IReadOnlyList<NudgeOccurrence>> DueAsync(
        Guid organisationId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var due = await plans.FindDueAsync(organisationId, new DateWindow(from, to), cancellationToken: cancellationToken);
        var list = new List<NudgeOccurrence>(due.Count);
        foreach (var d in due)
        {
            var status = await reports.GetStatusAsync(d.OccurrenceId, cancellationToken);
            // An activity window ("kiểm tra trong tháng 10") keeps its window; a date the office set is a plain deadline.
            var isWindow = d.WindowFrom is not null && d.WindowTo is not null && !d.DateAssignedByCoordinator && d.DueOn == d.WindowTo;
            var target = isWindow ? new NudgeTarget(d.DueOn, d.WindowFrom, d.WindowTo) : new NudgeTarget(d.DueOn);
            list.Add(new NudgeOccurrence(d.OccurrenceId, d.ObligationId, d.PlanNumber, d.PlanTitle, d.Description, d.SectionPath,
                d.Label, target, status.Select(s => new NudgeUnit(s.UnitId, s.UnitName, s.Submitted)).ToList()));
        }
        return list;
    }
}

/// <summary>Until the roster (issue 9): the people who told the bot their unit.</summary>
internal sealed class DirectoryNudgeRoster(IUnitMemberDirectory directory) : INudgeRoster
{
    public async Task<IReadOnlyList<NudgeRecipient>> RecipientsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken) =>
        (await directory.MembersOfAsync(unitIds, cancellationToken))
            .Select(m => new NudgeRecipient(m.UnitId, m.PersonId, m.AadObjectId, m.DisplayName, m.IsHead)).ToList();
}
