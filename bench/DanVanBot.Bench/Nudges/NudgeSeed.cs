using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Nudges;

/// <summary>
/// The reminder benchmark's roster over the five sample plans: the busiest working day of their reminders (the most
/// owing units with a member's reminder that day), and the given number of people spread evenly over those units, in
/// one roster import. Planning that day then reminds every one of them.
/// </summary>
internal static class NudgeSeed
{
    private static readonly DateOnly From = new(2000, 1, 1);
    private static readonly DateOnly To = new(2100, 12, 31);

    public sealed record BusyDay(DateOnly Day, int Occurrences, IReadOnlyList<(string Organisation, string Unit)> Units);

    public static async Task<BusyDay> BusiestDayAsync(IServiceProvider services)
    {
        var feed = services.GetRequiredService<INudgeFeed>();
        var calendar = services.GetRequiredService<IWorkingCalendar>();
        var organisations = await services.GetRequiredService<IOrganisationStore>().ListOrganisationsAsync();
        var byDay = new Dictionary<DateOnly, (HashSet<Guid> Occurrences, HashSet<(string, string)> Units)>();
        foreach (var organisation in organisations)
        {
            foreach (var occurrence in await feed.DueAsync(organisation.Id, From, To, CancellationToken.None))
            {
                foreach (var scheduled in NudgeSchedule.For(occurrence.Target, NudgePolicy.Default, calendar).Where(s => !s.Stage.IsForHead))
                {
                    if (!byDay.TryGetValue(scheduled.Day, out var day)) byDay[scheduled.Day] = day = ([], []);
                    day.Occurrences.Add(occurrence.OccurrenceId);
                    foreach (var unit in occurrence.Units.Where(u => !u.Reported)) day.Units.Add((organisation.Name, unit.UnitName));
                }
            }
        }
        if (byDay.Count == 0) throw new InvalidOperationException("The sample plans schedule no reminder.");
        var (busiest, found) = byDay.MaxBy(d => (d.Value.Units.Count, d.Value.Occurrences.Count));
        return new BusyDay(busiest, found.Occurrences.Count, found.Units.Order().ToList());
    }

    /// <summary><paramref name="people"/> members, round-robin over the units, in the bench tenant.</summary>
    public static async Task SeedPeopleAsync(IServiceProvider services, BusyDay day, int people)
    {
        var rows = Enumerable.Range(0, people).Select(i =>
        {
            var (organisation, unit) = day.Units[i % day.Units.Count];
            return new RosterImportRow(i + 2, null, $"00000000-0000-0000-0000-{i:D12}", $"Cán bộ {i}", organisation, unit, RosterRole.Member);
        }).ToList();
        var report = await services.GetRequiredService<IRosterImporter>().ImportAsync(rows, new RosterImportOptions(false, false, "bench", "bench"));
        if (report.Problems.Count > 0) throw new InvalidOperationException(report.Problems[0].Message);
    }
}
