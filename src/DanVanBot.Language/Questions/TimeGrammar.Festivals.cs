using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>
/// Days people name instead of dates: Tết (lunar new year, from Vietnam's lunar calendar), "Tết dương lịch",
/// "rằm tháng Giêng" and other full moons, "mùng 10 tháng 3 âm lịch", Giỗ Tổ, Trung thu, ông Công ông Táo,
/// Quốc khánh. Each is its next occurrence from today; after "sau/ra/qua" a recent one still counts
/// ("sau Tết" said a week after Tết means this Tết).
/// </summary>
internal static partial class TimeGrammar
{
    /// <summary>How long after a festival "sau Tết" still means that one rather than next year's.</summary>
    private const int RecentFestivalDays = 30;

    private static bool TryFestival(in Scan s, int i, out TimeMatch m)
    {
        if (s.T.Is(i, "tet") && s.T.IsAny(i + 1, "duong", "tay"))
            return Solar(s, i, s.T.Is(i + 2, "lich") ? 3 : 2, year => new DateOnly(year, 1, 1), out m);
        if (s.T.Is(i, "quoc", "khanh")) return Solar(s, i, 2, year => new DateOnly(year, 9, 2), out m);
        if (s.T.IsAny(i, "christmas", "noel", "xmas") || s.T.Is(i, "giang", "sinh"))
            return Solar(s, i, s.T.Is(i, "giang") ? 2 : 1, year => new DateOnly(year, 12, 25), out m);
        if (s.T.Is(i, "ram")) return TryFullMoon(s, i, out m);
        if (TryLunarFestival(s.T, i, out var length, out var month, out var day)) return Lunar(s, i, length, month, day, out m);
        // Only a date can be followed by "âm lịch": skip the date grammar for any other word.
        m = default;
        return (s.T.IsAny(i, "mung", "ngay") || s.T[i] is [>= '0' and <= '9', ..]) && TryLunarDate(s, i, out m);
    }

    private static bool TryLunarFestival(TokenStream t, int i, out int length, out int month, out int day)
    {
        (length, month, day) = (0, 1, 1);
        if (t.Is(i, "tet") || (t.Is(i, "gieng") && t.Is(i - 1, "ra"))) length = TetLength(t, i);
        // "Giỗ Tổ" folds like "(bao) giờ tổ (chức)": without its tones it must not follow "bao/mấy" nor precede "chức".
        else if (t.Is(i, "gio", "to") && (t.Accented(i) == "giỗ" || !t.IsAny(i - 1, "bao", "may", "mot") && !t.Is(i + 2, "chuc")))
            (length, month, day) = (t.Is(i + 2, "hung", "vuong") ? 4 : 2, 3, 10);
        else if (t.Is(i, "trung", "thu")) (length, month, day) = (2, 8, 15);
        else if (t.Is(i, "ong", "cong", "ong", "tao")) (length, month, day) = (4, 12, 23);
        else if (t.Is(i, "ong", "tao")) (length, month, day) = (2, 12, 23);
        return length > 0;
    }

    /// <summary>"Tết", "Tết Nguyên đán", "Tết âm lịch", "Tết (năm) 2027".</summary>
    private static int TetLength(TokenStream t, int i)
    {
        var next = i + 1;
        if (t.Is(next, "nguyen", "dan") || t.Is(next, "am", "lich")) next += 2;
        else if (t.Is(next, "am")) next++;
        return next - i;
    }

    /// <summary>"rằm", "rằm tháng Giêng", "rằm tháng 7": the 15th of a lunar month (this lunar month's when bare).</summary>
    private static bool TryFullMoon(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (s.T.Is(i + 1, "thang") && TryNumber(s, i + 2, out var named, out var namedLength) && named is >= 1 and <= 12)
            return Lunar(s, i, 2 + namedLength, named, 15, out m);
        var lunarToday = LunarCalendar.FromSolar(s.Today);
        var monthStart = s.Today.AddDays(1 - lunarToday.Day);
        // A lunar month has 29 or 30 days: 31 days after its first lies in the next month.
        var month = lunarToday.Day <= 15 ? lunarToday : LunarCalendar.FromSolar(monthStart.AddDays(31));
        var day = LunarCalendar.ToSolar(month.Year, month.Month, 15, month.IsLeapMonth);
        m = new TimeMatch(i, 1, DateWindow.Day(day), PeriodUnit.Day);
        return true;
    }

    /// <summary>"mùng 10 tháng 3 âm lịch", "10/3 âm", "15/8 al": a date followed by a lunar marker.</summary>
    private static bool TryLunarDate(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (!TryDate(s with { Anchor = true }, i, out var solar) || solar.Unit != PeriodUnit.Day) return false;
        var marker = s.T.Is(solar.End, "am", "lich") || s.T.Is(solar.End, "al", "lich") ? 2 : s.T.IsAny(solar.End, "am", "al") ? 1 : 0;
        if (marker == 0) return false;
        var written = solar.Window.From;
        if (written.Day > 30) return false;
        return Lunar(s, i, solar.Length + marker, written.Month, written.Day, out m);
    }

    private static bool Lunar(in Scan s, int i, int length, int month, int day, out TimeMatch m)
    {
        m = default;
        var lunarYear = LunarCalendar.FromSolar(s.Today).Year;
        var earliest = s.Today.AddDays(s.RecentFestivals ? -RecentFestivalDays : 0);
        DateOnly? found = null;
        for (var year = lunarYear - 1; year <= lunarYear + 1 && found is null; year++)
        {
            var candidate = LunarDay(year, month, day);
            if (candidate >= earliest) found = candidate;
        }
        if (found is not { } resolved) return false;
        m = new TimeMatch(i, length, DateWindow.Day(resolved), PeriodUnit.Day);
        return true;
    }

    /// <summary>A lunar day, moved back to the month's last day when that month has only 29.</summary>
    private static DateOnly LunarDay(int year, int month, int day) =>
        LunarCalendar.ToSolar(year, month, Math.Min(day, LunarCalendar.DaysInMonth(year, month)));

    private static bool Solar(in Scan s, int i, int length, Func<int, DateOnly> dayInYear, out TimeMatch m)
    {
        var earliest = s.Today.AddDays(s.RecentFestivals ? -RecentFestivalDays : 0);
        var day = dayInYear(s.Today.Year - 1);
        for (var year = s.Today.Year; day < earliest; year++) day = dayInYear(year);
        m = new TimeMatch(i, length, DateWindow.Day(day), PeriodUnit.Day);
        return true;
    }
}
