using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>Expressions relative to today: named days, this/next/last period, edges of periods, look-ahead.</summary>
internal static partial class TimeGrammar
{
    /// <summary>The look-ahead when a question says "soon" or names no period at all.</summary>
    public const int UpcomingDays = 30;

    private static bool TryNamedDay(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        int offset, length;
        if (s.T.Is(i, "hom", "nay") || s.T.Is(i, "bua", "nay")) (offset, length) = (0, 2);
        else if (s.T.Is(i, "today")) (offset, length) = (0, 1);
        else if (s.T.Is(i, "ngay", "mai") || s.T.Is(i, "mai") && s.T.Accented(i) == "mai") (offset, length) = (1, s.T.Is(i, "mai") ? 1 : 2);
        else if (s.T.Is(i, "tomorrow")) (offset, length) = (1, 1);
        else if (s.T.Is(i, "ngay", "kia") || s.T.Is(i, "ngay", "mot")) (offset, length) = (2, 2);
        else if (s.T.Is(i, "hom", "qua")) (offset, length) = (-1, 2);
        else if (s.T.Is(i, "yesterday")) (offset, length) = (-1, 1);
        else return false;
        m = new TimeMatch(i, length, DateWindow.Day(s.Today.AddDays(offset)), PeriodUnit.Day);
        return true;
    }

    /// <summary>"tuần này/sau/trước", "tháng tới", "quý này", "năm ngoái", "next week", "last quarter".</summary>
    private static bool TryRelativeUnit(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        int offset, length;
        PeriodUnit unit;
        if (TryUnitWord(s.T[i], out unit) && TryRelativeWord(s, i + 1, out offset, out var wordLength))
            length = 1 + wordLength;
        else if (TryEnglishRelative(s.T[i], out offset) && TryUnitWord(s.T[i + 1], out unit))
            length = 2;
        else return false;

        var today = s.Today;
        m = unit switch
        {
            PeriodUnit.Week => new TimeMatch(i, length, CalendarMath.WeekOffset(today, offset), unit),
            PeriodUnit.Month => new TimeMatch(i, length, CalendarMath.MonthOffset(today, offset), unit),
            PeriodUnit.Quarter => QuarterMatch(i, length, CalendarMath.QuarterOffset(today, offset)),
            _ => new TimeMatch(i, length, CalendarMath.Year(today.Year + offset), unit, today.Year + offset),
        };
        return true;
    }

    private static TimeMatch QuarterMatch(int i, int length, DateWindow quarter) =>
        new(i, length, quarter, PeriodUnit.Quarter, Quarter: CalendarMath.QuarterOf(quarter.From));

    private static bool TryUnitWord(string word, out PeriodUnit unit)
    {
        unit = word switch
        {
            "tuan" or "week" => PeriodUnit.Week,
            "thang" or "month" => PeriodUnit.Month,
            "quy" or "quarter" => PeriodUnit.Quarter,
            "nam" or "year" => PeriodUnit.Year,
            _ => PeriodUnit.Span,
        };
        return unit != PeriodUnit.Span;
    }

    private static bool TryRelativeWord(in Scan s, int i, out int offset, out int length)
    {
        length = 2;
        if (s.T.Is(i, "ke", "tiep") || s.T.Is(i, "tiep", "theo")) { offset = 1; return true; }
        if (s.T.Is(i, "vua", "qua")) { offset = -1; return true; }
        if (s.T.Is(i, "hien", "tai")) { offset = 0; return true; }
        length = 1;
        offset = s.T[i] switch
        {
            "nay" => 0,
            "sau" when s.T.Accented(i) != "sáu" => 1, // "tháng sáu" is June
            "toi" when s.T.Accented(i) != "tôi" => 1,
            "ke" => 1,
            "truoc" or "ngoai" or "qua" or "roi" => -1,
            _ => int.MinValue,
        };
        return offset != int.MinValue;
    }

    private static bool TryEnglishRelative(string word, out int offset)
    {
        offset = word switch
        {
            "this" or "current" => 0,
            "next" or "coming" => 1,
            "last" or "previous" or "past" => -1,
            _ => int.MinValue,
        };
        return offset != int.MinValue;
    }

    /// <summary>"cuối tháng (này)", "cuối tuần", "cuối năm", "đầu tháng (sau)", "đầu năm (sau)", English likewise.</summary>
    private static bool TryEdgeOfPeriod(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var today = s.Today;
        var english = s.T.IsAny(i, "end", "early", "beginning", "start") ;
        var atEnd = s.T.Is(i, "cuoi") || s.T.Is(i, "end");
        var atStart = s.T.Is(i, "dau") || (english && !atEnd);
        if (!atEnd && !atStart) return false;
        var at = i + 1;
        while (s.T.IsAny(at, "of", "the")) at++;
        var offset = 0;
        int unitAt;
        PeriodUnit unit;
        if (TryUnitWord(s.T[at], out unit)) unitAt = at;
        else if (TryEnglishRelative(s.T[at], out offset) && TryUnitWord(s.T[at + 1], out unit)) unitAt = at + 1;
        else return false;
        var next = unitAt + 1;
        if (unitAt == at && TryRelativeWord(s, next, out var relative, out var relativeLength)) { offset = relative; next += relativeLength; }
        else if (unit == PeriodUnit.Year && TryYearSpec(s, next, out var namedYear, out var yearLength))
        { offset = namedYear - today.Year; next += yearLength; }

        DateWindow window;
        switch (unit)
        {
            case PeriodUnit.Month when atEnd && offset == 0:
                window = new DateWindow(today, CalendarMath.MonthOffset(today, 0).To); break;
            case PeriodUnit.Month when atStart:
                var month = CalendarMath.MonthOffset(today, offset);
                window = new DateWindow(month.From, month.From.AddDays(9)); break;
            case PeriodUnit.Week when atEnd && offset == 0:
                var week = CalendarMath.Week(today);
                window = new DateWindow(week.To.AddDays(-1), week.To); break;
            case PeriodUnit.Year when atEnd && offset == 0:
                window = new DateWindow(today, new DateOnly(today.Year, 12, 31)); break;
            case PeriodUnit.Year when atStart:
                var year = today.Year + offset;
                window = new DateWindow(new DateOnly(year, 1, 1), DateWindow.Month(year, 2).To); break;
            default: return false;
        }
        m = new TimeMatch(i, next - i, window, PeriodUnit.Span, unit == PeriodUnit.Year ? today.Year + offset : null);
        return true;
    }

    /// <summary>"30 ngày tới", "trong 2 tuần tới", "next 10 days", "7 ngày nữa".</summary>
    private static bool TryComingDays(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var at = s.T.IsAny(i, "trong", "next", "within") ? i + 1 : i;
        if (s.T.Is(at, "the")) at++;
        if (!s.T.TryInt(at, out var count) || count is < 1 or > 366) return false;
        var days = s.T[at + 1] switch
        {
            "ngay" or "days" or "day" => count,
            "tuan" or "weeks" or "week" => 7 * count,
            "thang" or "months" or "month" => s.Today.AddMonths(count).DayNumber - s.Today.DayNumber,
            _ => 0,
        };
        if (days == 0) return false;
        var length = at + 2 - i;
        var hasFutureWord = s.T.IsAny(at + 2, "toi", "tiep", "nua", "sap") || s.T.IsAny(at + 2, "ahead");
        if (s.T.IsAny(at + 2, "toi", "nua", "ahead")) length++;
        else if (s.T.Is(at + 2, "tiep", "theo") || s.T.Is(at + 2, "sap", "toi")) length += 2;
        if (at == i && !hasFutureWord) return false; // "6 tháng" alone is a report name, not a look-ahead
        m = new TimeMatch(i, length, CalendarMath.NextDays(s.Today, days), PeriodUnit.Span);
        return true;
    }

    /// <summary>"sắp tới", "sắp đến hạn", "thời gian tới", "upcoming", "coming up", "soon".</summary>
    private static bool TryUpcoming(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        int length;
        if (s.T.Is(i, "sap")) length = s.T.IsAny(i + 1, "toi", "den") ? 2 : 1;
        else if (s.T.Is(i, "thoi", "gian", "toi") || s.T.Is(i, "thoi", "gian", "sap", "toi")) length = s.T.Is(i + 2, "toi") ? 3 : 4;
        else if (s.T.IsAny(i, "upcoming", "soon")) length = 1;
        else if (s.T.Is(i, "coming", "up")) length = 2;
        else return false;
        m = new TimeMatch(i, length, CalendarMath.NextDays(s.Today, UpcomingDays), PeriodUnit.Upcoming);
        return true;
    }

    /// <summary>"trong tuần", "trong tháng", "trong năm": the current period.</summary>
    private static bool TryWithinPeriod(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (!s.T.Is(i, "trong") || !TryUnitWord(s.T[i + 1], out var unit)) return false;
        if (s.T.TryInt(i + 2, out _)) return false;
        var window = unit switch
        {
            PeriodUnit.Week => CalendarMath.Week(s.Today),
            PeriodUnit.Month => CalendarMath.MonthOffset(s.Today, 0),
            PeriodUnit.Quarter => CalendarMath.QuarterOffset(s.Today, 0),
            _ => CalendarMath.Year(s.Today.Year),
        };
        m = new TimeMatch(i, 2, window, unit, unit == PeriodUnit.Year ? s.Today.Year : null,
            unit == PeriodUnit.Quarter ? CalendarMath.QuarterOf(s.Today) : null);
        return true;
    }
}
