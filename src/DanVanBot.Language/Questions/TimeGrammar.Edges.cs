using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>
/// Parts of a period: "đầu/giữa/cuối tháng (sau)", "cuối tháng 11", "đầu quý 3", "cuối năm 2025", "hết tháng này",
/// "cuối tuần", "end of the month". The current period's end runs from today ("cuối tháng" on the 18th is the
/// 18th to the 31st); other periods' parts are fixed: a month's first, middle and last ten days, a quarter's first,
/// middle and last month, a year's first two and last two months, a week's Monday–Tuesday, Tuesday–Thursday and weekend.
/// "hết X" runs from today to the end of X.
/// </summary>
internal static partial class TimeGrammar
{
    private enum Edge
    {
        Start,
        Middle,
        End,
        UntilEnd,
    }

    private static bool TryEdgeOfPeriod(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (!TryEdgeWord(s.T[i], out var edge)) return false;
        var at = i + 1;
        while (s.T.IsAny(at, "of", "the")) at++;
        if (!TryEdgePeriod(s, at, out var period)) return false;
        var window = EdgeWindow(edge, period.Unit, period.Window, s.Today);
        m = new TimeMatch(i, period.End - i, window, PeriodUnit.Span, period.Unit == PeriodUnit.Year ? period.Window.From.Year : period.Year);
        return true;
    }

    private static bool TryEdgeWord(string word, out Edge edge)
    {
        (edge, var found) = word switch
        {
            "dau" or "early" or "beginning" or "start" => (Edge.Start, true),
            "giua" or "middle" or "mid" => (Edge.Middle, true),
            "cuoi" or "end" => (Edge.End, true),
            "het" => (Edge.UntilEnd, true),
            _ => (Edge.Start, false),
        };
        return found;
    }

    /// <summary>The period after the edge word: "tháng (này/sau)", "tháng 11", "quý 3", "năm 2025", "next month".</summary>
    private static bool TryEdgePeriod(in Scan s, int at, out TimeMatch period)
    {
        if (TryUnitWord(s.T[at], out var unit) && !s.T.TryInt(at + 1, out _) && !IsNamedNumber(s, at + 1))
        {
            if (TryRelativeUnit(s, at, out period)) return true;
            if (unit == PeriodUnit.Year && TryYearSpec(s, at + 1, out var year, out var yearLength))
            {
                period = new TimeMatch(at, 1 + yearLength, CalendarMath.Year(year), unit, year);
                return true;
            }
            period = new TimeMatch(at, 1, CurrentPeriod(unit, s.Today), unit);
            return true;
        }
        if (TryRelativeUnit(s, at, out period)) return true; // "end of next month"
        return (TryMonth(s, at, out period) && s.T.IsAny(at, "thang", "month"))
            || TryQuarter(s, at, out period) || TryYear(s, at, out period);
    }

    private static bool IsNamedNumber(in Scan s, int at) => TryNumber(s, at, out _, out _) || TryMonthYearToken(s.T[at], out _, out _);

    private static DateWindow CurrentPeriod(PeriodUnit unit, DateOnly today) => unit switch
    {
        PeriodUnit.Week => CalendarMath.Week(today),
        PeriodUnit.Month => CalendarMath.MonthOffset(today, 0),
        PeriodUnit.Quarter => CalendarMath.QuarterOffset(today, 0),
        _ => CalendarMath.Year(today.Year),
    };

    private static DateWindow EdgeWindow(Edge edge, PeriodUnit unit, DateWindow period, DateOnly today)
    {
        var (from, to) = (period.From, period.To);
        var current = period.Contains(today);
        if (edge == Edge.UntilEnd) return today <= to ? new DateWindow(today, to) : period;
        if (edge == Edge.End && current && unit != PeriodUnit.Week) return new DateWindow(today, to);
        return (unit, edge) switch
        {
            (PeriodUnit.Week, Edge.Start) => new(from, from.AddDays(1)),
            (PeriodUnit.Week, Edge.Middle) => new(from.AddDays(1), from.AddDays(3)),
            (PeriodUnit.Week, _) => new(to.AddDays(-1), to),
            (PeriodUnit.Month, Edge.Start) => new(from, from.AddDays(9)),
            (PeriodUnit.Month, Edge.Middle) => new(from.AddDays(10), from.AddDays(19)),
            (PeriodUnit.Month, _) => new(from.AddDays(20), to),
            (PeriodUnit.Quarter, Edge.Start) => DateWindow.Month(from.Year, from.Month),
            (PeriodUnit.Quarter, Edge.Middle) => DateWindow.Month(from.Year, from.Month + 1),
            (PeriodUnit.Quarter, _) => DateWindow.Month(from.Year, from.Month + 2),
            (_, Edge.Start) => new(from, DateWindow.Month(from.Year, 2).To),
            (_, Edge.Middle) => new(new DateOnly(from.Year, 6, 1), new DateOnly(from.Year, 7, 31)),
            _ => new(new DateOnly(from.Year, 11, 1), to),
        };
    }
}
