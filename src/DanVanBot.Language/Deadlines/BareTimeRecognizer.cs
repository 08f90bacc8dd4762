using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Time expressions that need no keyword because the place they stand in already says "this is when": a table's
/// time column ("30/9/2025", "Tháng 3 - 4", "Quý II", "6 tháng đầu năm", "15/9 - 30/9/2025"). In running text the
/// same words need a keyword or an activity verb (see the other recognisers); here a date is the last allowed day
/// and a month, quarter or span is the window of the work. Without a year, the plan's year; in a multi-year plan a
/// date repeats every year and a window, which would need a year, is left out.
/// </summary>
internal static partial class BareTimeRecognizer
{
    private const string Year = @"(?: ?[/.\-] ?(?<y>\d{4})|,? nam (?<y>\d{4}))?";
    private const string QuarterNumeral = @"(?:iv|iii|ii|i|[1-4])";
    private const string RangeWord = @" ?(?:-|–|den(?: het)?|va|,) ?";

    [GeneratedRegex(
        @"(?<![\d/.\-]|\bthang |\bquy )(?:tu (?:ngay )?)?(?<d1>\d{1,2}) ?[/.\-] ?(?<m1>\d{1,2})(?: ?[/.\-] ?(?<y1>\d{4}))?" + RangeWord +
        @"(?:ngay )?(?<d2>\d{1,2}) ?[/.\-] ?(?<m2>\d{1,2})" + Year + @"(?![\d/.\-]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayRange();

    // "Từ 18 đến 19/8", "05 - 07/10/2026": both days in the month written once, after the second. "Ngày 16 và 17/4":
    // two days in a row are one stay, as "từ 16 đến 17/4" (two days apart, "ngày 09 và 23", are not a span).
    [GeneratedRegex(
        @"(?<![\d/.\-]|\bthang |\bquy )(?:tu (?:ngay )?)?(?<d1>\d{1,2}) ?(?:-|–|den|(?<and>va)) ?(?:ngay )?(?<d2>\d{1,2}) ?[/.\-] ?(?<m2>\d{1,2})" + Year + @"(?![\d/.\-]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DaysOfOneMonth();

    [GeneratedRegex(
        @"\b(?:tu )?thang (?<m1>\d{1,2})(?: ?[/.\-] ?(?<y1>\d{4}))?" + RangeWord + @"(?:(?:het )?thang )?(?<m2>\d{1,2})" + Year + @"(?![\d/.\-]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(
        $@"\b(?:tu )?quy (?<q1>{QuarterNumeral}){RangeWord}(?:(?:het )?quy )?(?<q2>{QuarterNumeral})\b{Year}",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuarterRange();

    // "10 ngày, kể từ ngày 02/11/2026": the span counted from its first day (working days are another recogniser's).
    [GeneratedRegex(
        @"\b(?<n>\d{1,3}) ngay,? (?:ke tu|tinh tu|bat dau tu) (?:ngay )?(?<d>\d{1,2}) ?[/.\-] ?(?<m>\d{1,2})(?: ?[/.\-] ?(?<y>\d{4}))?(?![\d/.\-]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(
        @"\b(?:0?6|sau) thang (?<half>dau|cuoi) nam(?: (?<y>\d{4}))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();

    // Not a clock time's minutes and the next hour: "07 giờ 30 - 11 giờ 00", "07h30 - 11h00" are no 30/11.
    [GeneratedRegex(
        @"(?<![\d/.\-]|\bthang |\bquy |\bgio |\dh)(?:ngay )?(?<d>\d{1,2}) ?[/.\-] ?(?<m>\d{1,2})(?: ?[/.\-] ?(?<y>\d{4}))?(?![\d/.\-]\d)(?!\d| ?(?:gio|phut)\b| ?h(?:\d|\b))" +
        @"|\bngay (?<d>\d{1,2}) thang (?<m>\d{1,2})(?:,? nam (?<y>\d{4}))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Day();

    [GeneratedRegex(
        @"(?<!\d )\bthang (?<m>\d{1,2})" + Year + @"(?![\d/.\-]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(
        $@"\bquy (?<q>{QuarterNumeral})\b{Year}(?![/.\-]?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    /// <summary>Windows and spans first, then single days, months and quarters; earlier candidates win overlaps.</summary>
    public static IEnumerable<Candidate> Find(string folded, PlanPeriod period)
    {
        foreach (var span in Spans(folded, period)) yield return span;
        foreach (Match m in HalfYear().Matches(folded))
            if (YearOf(m.Groups["y"], period) is { } year)
                yield return At(m, m.Groups["half"].Value == "dau"
                    ? new SpanWindow(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30))
                    : new SpanWindow(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)));
        foreach (Match m in Day().Matches(folded))
            if (SingleDay(m, period) is { } rule) yield return At(m, rule);
        foreach (Match m in Month().Matches(folded))
            if (Int(m.Groups["m"]) is >= 1 and <= 12 && YearOf(m.Groups["y"], period) is { } year)
                yield return At(m, new MonthWindow(year, Int(m.Groups["m"])));
        foreach (Match m in Quarter().Matches(folded))
            if (YearOf(m.Groups["y"], period) is { } year) yield return At(m, new QuarterWindow(year, QuarterOf(m.Groups["q"].Value)));
    }

    /// <summary>Spans with both ends written out: "từ 01/10 đến 15/10/2026", "từ 18 đến 19/8", "tháng 9 - 10", "quý II - III", "10 ngày, kể từ ngày 02/11".</summary>
    public static IEnumerable<Candidate> Spans(string folded, PlanPeriod period)
    {
        foreach (Match m in Duration().Matches(folded))
            if (DurationSpan(m, period) is { } rule) yield return At(m, rule);
        foreach (Match m in DayRange().Matches(folded))
            if (DaySpan(m, period) is { } rule) yield return At(m, rule);
        foreach (Match m in DaysOfOneMonth().Matches(folded))
            if (DaySpan(m, period) is SpanWindow rule && (!m.Groups["and"].Success || rule.To == rule.From.AddDays(1))) yield return At(m, rule);
        foreach (Match m in MonthRange().Matches(folded))
            if (MonthSpan(m, period) is { } rule) yield return At(m, rule);
        foreach (Match m in QuarterRange().Matches(folded))
            if (QuarterSpan(m, period) is { } rule) yield return At(m, rule);
    }

    private static Candidate At(Match match, DeadlineRule rule) => new(rule, match.Index, match.Index + match.Length);

    private static DeadlineRule? SingleDay(Match m, PlanPeriod period)
    {
        var (day, month) = (Int(m.Groups["d"]), Int(m.Groups["m"]));
        if (month is < 1 or > 12 || day < 1) return null;
        if (m.Groups["y"].Success)
        {
            var year = Int(m.Groups["y"]);
            return year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month) ? new OneOffDeadline(new DateOnly(year, month, day)) : null;
        }
        if (!period.IsSingleYear) return day <= DateTime.DaysInMonth(2000, month) ? new YearlyDeadline(month, day) : null;
        return day <= DateTime.DaysInMonth(period.FromYear, month) ? new OneOffDeadline(new DateOnly(period.FromYear, month, day)) : null;
    }

    private static DeadlineRule? DurationSpan(Match m, PlanPeriod period)
    {
        if (SingleDay(m, period) is not OneOffDeadline { LastDay: var first }) return null;
        var days = Int(m.Groups["n"]);
        return days is >= 1 and <= 366 ? new SpanWindow(first, first.AddDays(days - 1)) : null;
    }

    private static DeadlineRule? DaySpan(Match m, PlanPeriod period)
    {
        var m2 = Int(m.Groups["m2"]);
        var (d1, m1, d2) = (Int(m.Groups["d1"]), m.Groups["m1"].Success ? Int(m.Groups["m1"]) : m2, Int(m.Groups["d2"]));
        if (m1 is < 1 or > 12 || m2 is < 1 or > 12 || d1 < 1 || d2 < 1) return null;
        if (SpanYears(m, m1 > m2, period) is not var (startYear, endYear)) return null;
        if (!Valid(startYear, m1, d1) || !Valid(endYear, m2, d2)) return null;
        var (from, to) = (new DateOnly(startYear, m1, d1), new DateOnly(endYear, m2, d2));
        return to >= from ? new SpanWindow(from, to) : null;
    }

    private static DeadlineRule? MonthSpan(Match m, PlanPeriod period)
    {
        var (m1, m2) = (Int(m.Groups["m1"]), Int(m.Groups["m2"]));
        if (m1 is < 1 or > 12 || m2 is < 1 or > 12) return null;
        if (SpanYears(m, m1 > m2, period) is not var (startYear, endYear)) return null;
        if (!Valid(startYear, m1, 1) || !Valid(endYear, m2, 1)) return null;
        var from = new DateOnly(startYear, m1, 1);
        var to = new DateOnly(endYear, m2, 1).AddMonths(1).AddDays(-1);
        if (to < from) return null;
        return m1 == m2 && startYear == endYear ? new MonthWindow(startYear, m1) : new SpanWindow(from, to);
    }

    /// <summary>A span's years: each end's own, else the other end's (a span that turns the year crosses it), else the plan's.</summary>
    private static (int Start, int End)? SpanYears(Match m, bool crossesYear, PlanPeriod period)
    {
        var (start, end) = (m.Groups["y1"], m.Groups["y"]);
        if (start.Success && end.Success) return (Int(start), Int(end));
        if (end.Success) return (Int(end) - (crossesYear ? 1 : 0), Int(end));
        if (start.Success) return (Int(start), Int(start) + (crossesYear ? 1 : 0));
        if (!period.IsSingleYear) return null;
        return (period.FromYear - (crossesYear ? 1 : 0), period.FromYear);
    }

    private static DeadlineRule? QuarterSpan(Match m, PlanPeriod period)
    {
        var (q1, q2) = (QuarterOf(m.Groups["q1"].Value), QuarterOf(m.Groups["q2"].Value));
        if (q2 < q1 || YearOf(m.Groups["y"], period) is not { } year) return null;
        if (q1 == q2) return new QuarterWindow(year, q1);
        return new SpanWindow(new DateOnly(year, q1 * 3 - 2, 1), new DateOnly(year, q2 * 3, 1).AddMonths(1).AddDays(-1));
    }

    private static int? YearOf(Group stated, PlanPeriod period)
    {
        if (stated.Success) return Int(stated) is var year and >= 1900 and <= 2200 ? year : null;
        return period.IsSingleYear ? period.FromYear : null;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month);

    private static int QuarterOf(string numeral) => numeral switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
