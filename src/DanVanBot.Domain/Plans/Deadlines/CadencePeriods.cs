namespace DanVanBot.Domain.Plans.Deadlines;

/// <summary>
/// The reporting periods a cadence covers in a plan period: months, quarters, the first six and nine months,
/// whole years. They carry no last day because a cadence alone does not say when the report is due.
/// </summary>
internal static class CadencePeriods
{
    public static IReadOnlyList<Occurrence> Expand(Cadence cadence, PlanPeriod period)
    {
        var occurrences = new List<Occurrence>();
        foreach (var year in period.Years)
        {
            if (cadence.HasFlag(Cadence.Monthly))
                for (var month = 1; month <= 12; month++) occurrences.Add(Period(year, month, month, $"Tháng {month}/{year}"));
            if (cadence.HasFlag(Cadence.Quarterly))
                for (var quarter = 1; quarter <= 4; quarter++) occurrences.Add(Period(year, quarter * 3 - 2, quarter * 3, $"Quý {quarter}/{year}"));
            if (cadence.HasFlag(Cadence.SixMonthly)) occurrences.Add(Period(year, 1, 6, $"6 tháng {year}"));
            if (cadence.HasFlag(Cadence.NineMonthly)) occurrences.Add(Period(year, 1, 9, $"9 tháng {year}"));
            if (cadence.HasFlag(Cadence.Yearly)) occurrences.Add(Period(year, 1, 12, $"Năm {year}"));
        }
        // Chronological by the end of the period covered; on a tie the shorter period (e.g. Quý 2 before 6 tháng) first.
        return occurrences.OrderBy(o => o.WindowTo).ThenByDescending(o => o.WindowFrom).ToList();
    }

    private static Occurrence Period(int year, int fromMonth, int toMonth, string label)
    {
        var from = new DateOnly(year, fromMonth, 1);
        var to = new DateOnly(year, toMonth, DateTime.DaysInMonth(year, toMonth));
        return new Occurrence(null, from, to, label);
    }
}
