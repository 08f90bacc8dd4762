using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Presenting;

/// <summary>
/// Turns an answer's occurrences into lines: the same duty of the same plan is one line whatever its occurrences and
/// units (a plan for 2022–2026 must not list "Báo cáo năm" five times), each line naming its plan, and its
/// organisation when the answer spans more than one.
/// </summary>
internal sealed class AnswerLines(IPlanCatalog catalog)
{
    public async Task<IReadOnlyList<AnswerLine>> BuildAsync(Answer answer, DateOnly today, CancellationToken cancellationToken)
    {
        var plans = (await catalog.ListPlansAsync(cancellationToken)).ToDictionary(p => p.PlanId);
        var groups = answer.Items.GroupBy(i => (i.PlanId, i.Description)).ToList();
        var organisations = groups.Select(g => plans.GetValueOrDefault(g.Key.PlanId)?.OrganisationName).Distinct().Count();
        return groups.Select(group =>
        {
            var items = group.ToList();
            var dates = items.Where(i => i.DueOn is not null).Select(i => i.DueOn!.Value).Distinct().Order().ToList();
            var focus = items.Where(i => i.DueOn >= today).MinBy(i => i.DueOn) ?? items.MaxBy(i => i.DueOn) ?? items[0];
            var plan = plans.GetValueOrDefault(group.Key.PlanId);
            return new AnswerLine(
                group.Key.Description,
                PlanReference.Of(plan, focus.PlanNumber, focus.Section),
                organisations > 1 ? plan?.OrganisationName : null,
                items.SelectMany(i => i.UnitNames).Distinct(StringComparer.Ordinal).ToList(),
                dates,
                focus);
        }).ToList();
    }
}
