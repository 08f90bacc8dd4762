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
        // "sáng nay", "chiều mai", "tối nay": a part of a day names the day.
        if (s.T.IsAny(i, "sang", "chieu", "trua", "dem") || s.T.Is(i, "toi") && s.T.Accented(i) == "tối")
        {
            if (s.T.Is(i + 1, "nay")) (offset, length) = (0, 2);
            else if (s.T.Is(i + 1, "mai")) (offset, length) = (1, 2);
            else return false;
        }
        else if (s.T.Is(i, "hom", "nay") || s.T.Is(i, "bua", "nay")) (offset, length) = (0, 2);
        else if (s.T.Is(i, "today")) (offset, length) = (0, 1);
        else if (s.T.Is(i, "ngay", "mai") || s.T.Is(i, "mai") && s.T.Accented(i) == "mai") (offset, length) = (1, s.T.Is(i, "mai") ? 1 : 2);
        else if (s.T.Is(i, "tomorrow")) (offset, length) = (1, 1);
        else if (s.T.Is(i, "ngay", "kia") || s.T.Is(i, "ngay", "mot")) (offset, length) = (2, 2);
        else if (s.T.Is(i, "hom", "qua")) (offset, length) = (-1, 2);
        else if (s.T.Is(i, "hom", "kia")) (offset, length) = (-2, 2);
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
        // "sang tháng", "sang năm", "sang tuần": crossing into the next one (not "sáng", morning; "sang tháng 9" is a month).
        else if (s.T.Is(i, "sang") && s.T.Accented(i) != "sáng" && TryUnitWord(s.T[i + 1], out unit)
            && !s.T.TryInt(i + 2, out _) && !TryRelativeWord(s, i + 2, out _, out _))
            (offset, length) = (1, 2);
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
        // "tuần sau nữa", "tháng tới nữa": the one after next.
        if (s.T.IsAny(i, "sau", "toi") && s.T.Is(i + 1, "nua") && s.T.Accented(i) is not ("sáu" or "tôi")) { offset = 2; return true; }
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

    /// <summary>
    /// "30 ngày tới", "trong 2 tuần tới", "next 10 days", "7 ngày nữa", "3 hôm nữa"; vague counts ("mấy hôm nữa",
    /// "vài ngày tới", "vài tuần tới") are a week of days or three weeks or months. "còn mấy ngày (nữa)" and
    /// "mấy hôm nữa là hết hạn" ask how long is left, which is no window.
    /// </summary>
    private static bool TryComingDays(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var at = s.T.IsAny(i, "trong", "next", "within") ? i + 1 : i;
        if (s.T.Is(at, "the")) at++;
        var vague = s.T.IsAny(at, "may", "vai", "it");
        if (vague && (s.T.Is(at - 1, "con") || s.T.IsAny(at + 3, "la", "thi"))) return false;
        var count = vague ? 3 : 0;
        if (!vague && !TryEnglishCount(s.T[at], out count) && (!s.T.TryInt(at, out count) || count is < 1 or > 366)) return false;
        var days = s.T[at + 1] switch
        {
            "ngay" or "hom" or "bua" or "days" or "day" => vague ? 7 : count,
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

    private static readonly string[] EnglishCounts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static bool TryEnglishCount(string word, out int count)
    {
        count = Array.IndexOf(EnglishCounts, word) + 1;
        return count > 0;
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
        // "trong tháng 4", "trong tháng tới": the period named next, read from the unit word on.
        if (s.T.TryInt(i + 2, out _) || TryRelativeWord(s, i + 2, out _, out _)) return false;
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
