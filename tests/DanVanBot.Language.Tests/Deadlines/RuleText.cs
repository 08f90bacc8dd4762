using System.Globalization;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>Compact text forms of rules and occurrences, so phrase tables can state expectations in one line.</summary>
internal static class RuleText
{
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Describe(DeadlineRule rule) => rule switch
    {
        OneOffDeadline r => $"OneOff {Date(r.LastDay)}",
        YearlyDeadline r => $"Yearly {r.Day:00}/{r.Month:00}",
        QuarterlyDeadline r => $"Quarterly {r.DayOfLastMonth}",
        MonthlyDeadline r => $"Monthly {r.Day}",
        MonthWindow r => $"Month {r.Month}/{r.Year}",
        QuarterWindow r => $"Quarter {r.Quarter}/{r.Year}",
        SpanWindow r => $"Span {Date(r.From)}-{Date(r.To)}",
        CadenceOnly r => $"Cadence {r.Cadence}",
        WorkingDaysBefore r => $"WorkingDaysBefore {r.WorkingDays} | {r.Anchor}",
        WorkingDaysWithin r => $"WorkingDaysWithin {r.WorkingDays} | {r.Anchor}",
        _ => rule.GetType().Name,
    };

    /// <summary>Last day; "from-to" for a window; the label when there is no date.</summary>
    public static string Describe(IEnumerable<Occurrence> occurrences) => string.Join(";", occurrences.Select(o =>
        o switch
        {
            { LastDay: null } => o.Label,
            { WindowFrom: { } from, WindowTo: { } to } => $"{Date(from)}-{Date(to)}",
            { LastDay: { } last } => Date(last),
        }));
}
