using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>Weekday names: "thứ 6 (này)", "thứ hai tuần sau", "T6 này" (read as "thu 6"), "chủ nhật", "next Friday".</summary>
internal static partial class TimeGrammar
{
    private static readonly string[] EnglishWeekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    // "lần thứ 2", "kỳ họp thứ 5", "khóa thứ 3": an ordinal, not a weekday.
    private static readonly HashSet<string> OrdinalHeads =
        ["lan", "ky", "hop", "khoa", "dot", "buoc", "phan", "muc", "hang", "lop", "cap", "nam", "thang", "quy", "ngay"];

    private static bool TryWeekday(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var english = s.T.IsAny(i, "next", "this", "coming", "last", "on") ? i + 1 : i;
        if (!TryWeekdayName(s, english, out var weekday, out var length)) return false;
        var next = english + length;
        int? weekOffset = s.T.Is(i, "last") && english > i ? -1 : null;
        var strictlyAfterToday = english > i && s.T.IsAny(i, "next", "coming");

        if (s.T.Is(next, "tuan") && TryRelativeWord(s, next + 1, out var offset, out var relativeLength))
        {
            weekOffset = offset;
            next += 1 + relativeLength;
        }
        else if (s.T.Is(next, "nay")) next++;
        else if (s.T.Is(next, "toi") && s.T.Accented(next) != "tôi") { strictlyAfterToday = true; next++; }
        else if (s.T.Is(next, "truoc")) { weekOffset = -1; next++; }

        var day = weekOffset is { } weeks
            ? CalendarMath.Week(s.Today.AddDays(7 * weeks)).From.AddDays(weekday)
            : ComingWeekday(s.Today, weekday, strictlyAfterToday);
        m = new TimeMatch(i, next - i, DateWindow.Day(day), PeriodUnit.Day);
        return true;
    }

    /// <summary>"this weekend", "next weekend", "weekend": Saturday and Sunday of that week.</summary>
    private static bool TryWeekend(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var offset = s.T[i] switch { "this" => 0, "next" => 1, "last" => -1, _ => int.MinValue };
        var at = offset == int.MinValue ? i : i + 1;
        if (!s.T.Is(at, "weekend")) return false;
        var week = CalendarMath.WeekOffset(s.Today, offset == int.MinValue ? 0 : offset);
        m = new TimeMatch(i, at + 1 - i, new DateWindow(week.To.AddDays(-1), week.To), PeriodUnit.Span);
        return true;
    }

    /// <summary>Monday = 0 … Sunday = 6.</summary>
    private static bool TryWeekdayName(in Scan s, int i, out int weekday, out int length)
    {
        length = 1;
        weekday = Array.IndexOf(EnglishWeekdays, s.T[i]);
        if (weekday >= 0) return true;
        length = 2;
        if (s.T.Is(i, "chu", "nhat")) { weekday = 6; return true; }
        weekday = -1;
        if (!s.T.Is(i, "thu") || OrdinalHeads.Contains(s.T[i - 1])) return false;
        weekday = s.T[i + 1] switch
        {
            "2" or "hai" => 0,
            "3" or "ba" => 1,
            "4" or "tu" => 2,
            "5" or "nam" => 3,
            "6" or "sau" => 4,
            "7" or "bay" => 5,
            _ => -1,
        };
        return weekday >= 0;
    }

    /// <summary>The weekday on or after today ("thứ 6 này", "thứ 6"), or strictly after it ("thứ 6 tới").</summary>
    private static DateOnly ComingWeekday(DateOnly today, int weekday, bool strictlyAfterToday)
    {
        var todayIndex = ((int)today.DayOfWeek + 6) % 7;
        var ahead = (weekday - todayIndex + 7) % 7;
        if (ahead == 0 && strictlyAfterToday) ahead = 7;
        return today.AddDays(ahead);
    }
}
