using System.Globalization;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Cards.Data;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>
/// The coordinators' Monday digest: the deadlines of the next days (how many units still owe each), and the deadlines
/// already past with the units that have not reported, by name.
/// </summary>
internal static class DigestCards
{
    public const int MaxUnitNames = 10;

    public static NudgeMessage Compose(
        OrganisationInfo organisation, DateOnly day, int horizonDays, IReadOnlyList<NudgeOccurrence> upcoming, IReadOnlyList<NudgeOccurrence> past)
    {
        var coming = upcoming.OrderBy(o => o.Target.LastDay).ThenBy(o => o.Description, StringComparer.Ordinal)
            .Select(o => new NudgeOverviewLine(Format(CoordinatorNudgeTexts.DigestUpcomingLine, VietnameseDates.WeekdayAndDate(o.Target.LastDay),
                o.Description, o.Label, o.Units.Count(u => !u.Reported), o.Units.Count))).ToList();
        var overdue = past.Where(o => o.Units.Any(u => !u.Reported)).OrderBy(o => o.Target.LastDay).ToList();
        var overdueLines = overdue.Select(o => new NudgeOverviewLine(Format(CoordinatorNudgeTexts.DigestOverdueLine, o.Description, o.Label,
            VietnameseDates.Date(o.Target.LastDay), Names(o.Units.Where(u => !u.Reported).Select(u => u.UnitName).ToList())))).ToList();
        var overdueUnits = overdue.Sum(o => o.Units.Count(u => !u.Reported));

        var sections = new List<NudgeOverviewSection>();
        if (coming.Count > 0) sections.Add(new(CoordinatorNudgeTexts.DigestUpcomingHeading, coming));
        if (overdueLines.Count > 0) sections.Add(new(CoordinatorNudgeTexts.DigestOverdueHeading, overdueLines));
        var summary = Format(CoordinatorNudgeTexts.DigestSummary, coming.Count, horizonDays, overdueUnits);
        var data = OverviewCards.Fit(new NudgeOverviewCardData(
            Format(CoordinatorNudgeTexts.DigestTitle, organisation.Name),
            Format(CoordinatorNudgeTexts.DigestSubtitle, VietnameseDates.Date(day), VietnameseDates.Date(day.AddDays(horizonDays))),
            [
                new(Format(CoordinatorNudgeTexts.DigestUpcoming, horizonDays), Count(coming.Count)),
                new(CoordinatorNudgeTexts.DigestOverdueUnits, Count(overdueUnits)),
            ],
            sections, sections.Count == 0 ? CoordinatorNudgeTexts.DigestNothing : null), summary, CoordinatorNudgeTexts.AndMoreUnits);
        // The delivery view names a reminder by its card's description and unit: here, the digest and the organisation.
        var name = new NudgeCardData("", "", "", CoordinatorNudgeTexts.DigestName, CoordinatorNudgeTexts.DigestName, organisation.Name,
            VietnameseDates.WeekdayAndDate(day), "", "", ShowActions: false);
        return new NudgeMessage(summary, name, data);
    }

    private static string Names(IReadOnlyList<string> names) => UnitNameList.Join(names, MaxUnitNames, CoordinatorNudgeTexts.AndMoreUnitsInline);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
