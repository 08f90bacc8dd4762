using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>An obligation a unit may report on now.</summary>
internal sealed record OpenReport(DueOccurrence Occurrence, Membership Unit);

/// <summary>
/// The obligations open for a person's units: due from <see cref="PastDays"/> ago to <see cref="AheadDays"/> ahead and
/// not yet reported, the nearest deadline (either side of today) first.
/// </summary>
internal sealed class OpenReports(IPlanStore plans, IReportStore reports)
{
    public const int PastDays = 60;
    public const int AheadDays = 90;

    public static DateWindow WindowFor(DateOnly today) => new(today.AddDays(-PastDays), today.AddDays(AheadDays));

    public async Task<IReadOnlyList<OpenReport>> ForAsync(
        CurrentUser user, DateOnly today, IReadOnlyList<string> keywords, CancellationToken cancellationToken)
    {
        var open = new List<OpenReport>();
        foreach (var unit in user.ReportingUnits)
        {
            var due = await plans.FindDueAsync(unit.OrganisationId, WindowFor(today), unit.UnitId, cancellationToken);
            var submitted = await reports.GetSubmittedByUnitAsync(unit.UnitId, due.Select(d => d.OccurrenceId).ToList(), cancellationToken);
            open.AddRange(due.Where(d => submitted.TryGetValue(d.OccurrenceId, out var done) && !done).Select(d => new OpenReport(d, unit)));
        }
        var ordered = open.OrderBy(o => Math.Abs(o.Occurrence.DueOn.DayNumber - today.DayNumber)).ThenBy(o => o.Occurrence.DueOn).ToList();
        // "báo cáo việc tiếp dân": the words narrow the list; words that match nothing do not hide it.
        var matching = keywords.Count == 0 ? ordered : ordered.Where(o => keywords.All(k => NameMatch.ContainsWords(o.Occurrence.Description, k))).ToList();
        return matching.Count > 0 ? matching : ordered;
    }
}
