using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>
/// Time expressions over canonical tokens, relative to <c>today</c>. Rules are tried at each
/// position, longest first (ranges, then "trước/đến X", then single expressions), and a match
/// consumes its tokens. With <c>anchorToCurrentYear</c> a month, quarter or date named without a
/// year is this year's (the reading for report names: "báo cáo quý 1" in December is Q1 of this
/// year); otherwise it is the coming one (this year's unless it has ended).
/// </summary>
internal static partial class TimeGrammar
{
    private readonly record struct Scan(TokenStream T, DateOnly Today, bool Anchor, bool RecentFestivals = false);

    public static void FindAll(TokenStream tokens, DateOnly today, List<TimeMatch> found)
    {
        var scan = new Scan(tokens, today, Anchor: false);
        for (var i = 0; i < tokens.Count;)
        {
            if (TryAt(scan, i, out var match)) { found.Add(match); i = match.End; }
            else i++;
        }
    }

    public static bool TryMatchAt(TokenStream tokens, int index, DateOnly today, bool anchorToCurrentYear, out TimeMatch match) =>
        TryAt(new Scan(tokens, today, anchorToCurrentYear), index, out match);

    private static bool TryAt(in Scan s, int i, out TimeMatch m) =>
        TryRange(s, i, out m) || TryBeforeOrUntil(s, i, out m) || TryAfter(s, i, out m) || TryPoint(s, i, out m);

    private static bool TryPoint(in Scan s, int i, out TimeMatch m) =>
        TryNamedDay(s, i, out m) || TryWeekday(s, i, out m) || TryWeekend(s, i, out m) || TryFestival(s, i, out m)
        || TryRelativeUnit(s, i, out m) || TryEdgeOfPeriod(s, i, out m)
        || TryHalfYear(s, i, out m) || TryNineMonths(s, i, out m) || TryQuarter(s, i, out m)
        || TryMonth(s, i, out m) || TryDate(s, i, out m) || TryYear(s, i, out m)
        || TryComingDays(s, i, out m) || TryUpcoming(s, i, out m) || TryWithinPeriod(s, i, out m);

    /// <summary>"từ 1/12 đến 15/12", "từ ngày 1 đến 15/12", "từ tháng 3 đến tháng 5", "from X to Y".</summary>
    private static bool TryRange(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (!s.T.IsAny(i, "tu", "from", "between")) return false;
        var startAt = i + 1;
        var bareDay = 0;
        var bareLength = 0;
        var hasStart = TryPoint(s, startAt, out var start) && start.Unit != PeriodUnit.Upcoming
            || TryNow(s, startAt, out start);
        if (!hasStart && !TryBareDay(s, startAt, out bareDay, out bareLength)) return false;
        var connector = hasStart ? start.End : startAt + bareLength;
        if (!s.T.IsAny(connector, "den", "toi", "to", "until", "till", "through", "and")) return false;
        if (!TryPoint(s, connector + 1, out var end) || end.Unit == PeriodUnit.Upcoming) return false;

        if (!hasStart)
        {
            var endDay = end.Window.From;
            if (!CalendarMath.IsValidDate(endDay.Year, endDay.Month, bareDay)) return false;
            start = new TimeMatch(startAt, 1, DateWindow.Day(new DateOnly(endDay.Year, endDay.Month, bareDay)), PeriodUnit.Day);
        }
        var endWindow = end.Window;
        if (endWindow.To < start.Window.From && end.Year is null) endWindow = CalendarMath.ShiftYears(endWindow, 1);
        var from = start.Window.From <= endWindow.To ? start.Window.From : endWindow.From;
        var to = start.Window.From <= endWindow.To ? endWindow.To : start.Window.To;
        m = new TimeMatch(i, end.End - i, new DateWindow(from, to), PeriodUnit.Span, start.Year ?? end.Year);
        return true;
    }

    /// <summary>"trước ngày 15/12" (today..14/12, the plans' reading of "trước"), "đến 15/12", "until Friday".</summary>
    private static bool TryBeforeOrUntil(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var before = s.T.IsAny(i, "truoc", "before");
        var until = s.T.IsAny(i, "den", "until", "till", "by") || (s.T.Is(i, "toi") && s.T.Accented(i) != "tôi");
        if (!before && !until) return false;
        var at = s.T.Is(i + 1, "ngay") && !s.T.Is(i + 2, "mai") ? i + 2 : i + 1;
        if (!TryPoint(s, at, out var target) || target.Unit == PeriodUnit.Upcoming) return false;
        // "trước cuối tháng": a stretch that has already begun ends with it, not before it.
        var last = before && target.Window.From > s.Today ? target.Window.From.AddDays(-1) : target.Window.To;
        if (last < s.Today) return false;
        m = new TimeMatch(i, target.End - i, new DateWindow(s.Today, last), PeriodUnit.Span, target.Year);
        return true;
    }


    /// <summary>
    /// "sau Tết", "ra Tết", "qua rằm tháng Giêng", "sau ngày 15/4", "after 15/4": the
    /// <see cref="UpcomingDays"/> days after that day (a festival just past still counts).
    /// </summary>
    private static bool TryAfter(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (!s.T.IsAny(i, "sau", "ra", "qua", "after") || s.T.Accented(i) == "sáu") return false;
        var at = s.T.Is(i + 1, "ngay") && !s.T.Is(i + 2, "mai") ? i + 2 : i + 1;
        if (!TryPoint(s with { RecentFestivals = true }, at, out var target) || target.Unit != PeriodUnit.Day) return false;
        var from = target.Window.To.AddDays(1);
        m = new TimeMatch(i, target.End - i, new DateWindow(from, from.AddDays(UpcomingDays - 1)), PeriodUnit.Span, target.Year);
        return true;
    }

    /// <summary>"(từ) nay", "bây giờ", "now": the start of a range that begins today.</summary>
    private static bool TryNow(in Scan s, int i, out TimeMatch m)
    {
        var length = s.T.IsAny(i, "nay", "now", "gio") ? 1 : s.T.Is(i, "bay", "gio") || s.T.Is(i, "hom", "nay") ? 2 : 0;
        m = new TimeMatch(i, length, DateWindow.Day(s.Today), PeriodUnit.Day);
        return length > 0;
    }

    private static bool TryBareDay(in Scan s, int i, out int day, out int length)
    {
        var at = s.T.IsAny(i, "ngay", "mung") ? i + 1 : i;
        length = at - i + 1;
        return s.T.TryInt(at, out day) && day is >= 1 and <= 31 && s.T[at].Length <= 2;
    }
}
