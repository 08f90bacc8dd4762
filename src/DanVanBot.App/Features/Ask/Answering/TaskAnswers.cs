using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// "Nhiệm vụ của đơn vị tôi / của Phòng Nội vụ": the unit's dated obligations (upcoming first, then
/// past ones, latest first) and its undated ones ("chưa có hạn"). With no period named, only plans in force today
/// count: a plan that ended years ago is noise. A named period ("nhiệm vụ quý 2", "… năm 2022") shows only the duties
/// due in it, of whatever plan; undated duties fall in no period.
/// </summary>
internal sealed class TaskAnswers(
    IPlanStore plans, IPlanCatalog catalog, IOrganisationStore organisations, OccurrenceFinder occurrences)
{
    private static readonly DateWindow AllTime = new(DateOnly.MinValue, DateOnly.MaxValue);

    public async Task<Answer> AnswerAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(question.UnitMention, asker, cancellationToken);
        var items = new List<AnswerItem>();
        foreach (var unit in units) items.AddRange(await TasksOfAsync(unit, today, cancellationToken));
        var plansById = (await catalog.ListPlansAsync(cancellationToken)).ToDictionary(p => p.PlanId);
        var period = question.Window;
        var ordered = items
            .Where(i => plansById.TryGetValue(i.PlanId, out var plan) && IsAsked(i, plan, period, today))
            .DistinctBy(i => i.OccurrenceId)
            .OrderBy(i => i.DueOn is null ? 2 : i.DueOn >= today ? 0 : 1)
            .ThenBy(i => i.DueOn >= today ? i.DueOn!.Value.DayNumber : -(i.DueOn?.DayNumber ?? 0))
            .ToList();
        return new Answer(QuestionIntent.Tasks, question.Window, ordered) {
            UnitNames = units.Select(u => u.Name).Distinct().ToList(), UnitMention = question.UnitMention,
            OnlyPlansInForce = period is null,
        };
    }

    /// <summary>Due in the named period (an undated duty is in none), else of a plan in force today.</summary>
    private static bool IsAsked(AnswerItem item, PlanSummary plan, DateWindow? period, DateOnly today) => period is { } window
        ? item.DueOn is { } due && window.Contains(due)
        : plan.PeriodFromYear <= today.Year && today.Year <= plan.PeriodToYear;

    /// <summary>
    /// The named unit, matched on folded names in the asker's organisation (or every organisation when
    /// it is unknown; all equally good matches are kept), else the asker's own unit.
    /// </summary>
    public async Task<IReadOnlyList<UnitInfo>> UnitsAsync(string? mention, Asker asker, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(mention))
        {
            return asker.UnitId is { } own && await organisations.FindUnitAsync(own, cancellationToken) is { } unit ? [unit] : [];
        }

        var candidates = new List<(UnitInfo Unit, int Score)>();
        foreach (var organisationId in await occurrences.OrganisationsOfAsync(asker, cancellationToken))
        {
            foreach (var unit in await organisations.ListUnitsAsync(organisationId, cancellationToken))
            {
                var score = NameMatch.Score(mention, unit.Name);
                if (score > 0) candidates.Add((unit, score));
            }
        }
        if (candidates.Count == 0) return [];
        var best = candidates.Max(c => c.Score);
        return candidates.Where(c => c.Score == best).Select(c => c.Unit).ToList();
    }

    private async Task<IReadOnlyList<AnswerItem>> TasksOfAsync(UnitInfo unit, DateOnly today, CancellationToken cancellationToken)
    {
        var asker = new Asker(unit.OrganisationId, unit.Id);
        var dated = await plans.FindDueAsync(unit.OrganisationId, AllTime, unit.Id, cancellationToken);
        var items = (await occurrences.ToItemsAsync(dated, asker, today, cancellationToken)).ToList();

        // Undated duties carry unit names only: the unit's own and its group's ("UBND 10 phường").
        var owners = new List<string> { unit.Name };
        if (unit.ParentUnitId is { } parent && await organisations.FindUnitAsync(parent, cancellationToken) is { } group)
            owners.Add(group.Name);
        var numbers = (await catalog.ListPlansAsync(cancellationToken)).ToDictionary(p => p.PlanId, p => p.Number);
        foreach (var undated in await plans.FindUndatedAsync(unit.OrganisationId, cancellationToken))
        {
            if (undated.UnitNames.Any(n => owners.Contains(n, StringComparer.Ordinal)))
                items.Add(OccurrenceFinder.ToItem(undated, numbers.GetValueOrDefault(undated.PlanId)));
        }
        return items;
    }
}
