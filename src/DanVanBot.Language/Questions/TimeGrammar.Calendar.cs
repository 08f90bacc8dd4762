using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>Named calendar periods and dates: months, quarters, half-years, years, dd/MM(/yyyy).</summary>
internal static partial class TimeGrammar
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>"6 tháng đầu/cuối năm (2025)", "nửa đầu năm", "first half of the year", "h1".</summary>
    private static bool TryHalfYear(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        int at;
        if (s.T.IsAny(i, "6", "06", "sau") && s.T.Is(i + 1, "thang") && s.T.IsAny(i + 2, "dau", "cuoi")) at = i + 2;
        else if (s.T.Is(i, "nua") && s.T.IsAny(i + 1, "dau", "cuoi")) at = i + 1;
        else if (s.T.IsAny(i, "first", "second") && s.T.Is(i + 1, "half")) at = i + 1;
        else return false;
        var first = s.T.IsAny(at, "dau", "first") || s.T.Is(i, "first");
        var next = at + 1;
        var year = ReadTrailingYear(s, ref next, out var explicitYear);
        var window = first ? CalendarMath.FirstHalf(year) : CalendarMath.SecondHalf(year);
        m = new TimeMatch(i, next - i, window, PeriodUnit.HalfYear, explicitYear);
        return true;
    }

    /// <summary>"9 tháng đầu năm": January to September.</summary>
    private static bool TryNineMonths(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (!s.T.IsAny(i, "9", "09", "chin") || !s.T.Is(i + 1, "thang") || !s.T.Is(i + 2, "dau")) return false;
        var next = i + 3;
        var year = ReadTrailingYear(s, ref next, out var explicitYear);
        m = new TimeMatch(i, next - i, CalendarMath.FirstNineMonths(year), PeriodUnit.NineMonths, explicitYear);
        return true;
    }

    /// <summary>After a half-year phrase: "năm", "năm 2025", "năm nay/sau", "of the year", "2025"; defaults to this year.</summary>
    private static int ReadTrailingYear(in Scan s, ref int next, out int? explicitYear)
    {
        explicitYear = null;
        if (s.T.Is(next, "of") && s.T.Is(next + 1, "the") && s.T.Is(next + 2, "year")) next += 3;
        if (TryYearSpec(s, next, out var year, out var length)) { next += length; explicitYear = year; return year; }
        if (s.T.IsAny(next, "nam", "year")) next++;
        return s.Today.Year;
    }

    /// <summary>"quý 3", "quý III", "quý ba năm 2025", "quý 3/2025", "quarter 3".</summary>
    private static bool TryQuarter(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        if (!s.T.IsAny(i, "quy", "quarter")) return false;
        int quarter, next;
        int? year = null;
        if (TryMonthYearToken(s.T[i + 1], out quarter, out var tokenYear)) { year = tokenYear; next = i + 2; }
        else if (TryNumber(s, i + 1, out quarter, out var numberLength)) next = i + 1 + numberLength;
        else return false;
        if (quarter is < 1 or > 4) return false;
        if (year is null && TryYearSpec(s, next, out var namedYear, out var yearLength)) { year = namedYear; next += yearLength; }
        var resolvedYear = year ?? (s.Anchor ? s.Today.Year : CalendarMath.YearOfComingQuarter(s.Today, quarter));
        m = new TimeMatch(i, next - i, CalendarMath.Quarter(resolvedYear, quarter), PeriodUnit.Quarter, year, quarter);
        return true;
    }

    /// <summary>"tháng 10", "tháng mười", "tháng 10 năm 2025", "tháng 3/2025", "month 3", "in March", "march 2027".</summary>
    private static bool TryMonth(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        int month, next;
        int? year = null;
        if (s.T.IsAny(i, "thang", "month"))
        {
            if (TryMonthYearToken(s.T[i + 1], out month, out var tokenYear)) { year = tokenYear; next = i + 2; }
            else if (TryNumber(s, i + 1, out month, out var numberLength)) next = i + 1 + numberLength;
            else return false;
        }
        else
        {
            // "in May", "for May", "of May": after a preposition "may" is the month, not "mấy".
            var at = s.T.IsAny(i, "in", "for", "of", "during") ? i + 1 : i;
            month = EnglishMonthNumber(s.T[at]);
            if (month == 0 || (month == 5 && at == i)) return false; // bare "may" is Vietnamese "mấy"
            next = at + 1;
        }
        if (month is < 1 or > 12) return false;
        if (year is null && TryYearSpec(s, next, out var namedYear, out var yearLength)) { year = namedYear; next += yearLength; }
        var resolvedYear = year ?? (s.Anchor ? s.Today.Year : CalendarMath.YearOfComingMonth(s.Today, month));
        m = new TimeMatch(i, next - i, DateWindow.Month(resolvedYear, month), PeriodUnit.Month, year);
        return true;
    }

    private static int EnglishMonthNumber(string word)
    {
        if (word.Length < 3) return 0;
        for (var k = 0; k < EnglishMonths.Length; k++)
        {
            var name = EnglishMonths[k];
            if (word == name || (word.Length is 3 or 4 && name.StartsWith(word, StringComparison.Ordinal) && word != "marc")) return k + 1;
        }
        return 0;
    }

    /// <summary>"15/12", "15/12/2026", "ngày 15/12", "ngày 15 tháng 12 (năm 2026)", "15 tháng 12", "ngày 15".</summary>
    private static bool TryDate(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var at = s.T.IsAny(i, "ngay", "mung", "on") ? i + 1 : i;
        int day, month, next;
        int? year = null;
        if (TryDayMonthToken(s.T[at], out day, out month, out var tokenYear)) { year = tokenYear; next = at + 1; }
        else if (s.T.TryInt(at, out day) && s.T[at].Length <= 2 && s.T.Is(at + 1, "thang") && TryNumber(s, at + 2, out month, out var monthLength))
            next = at + 2 + monthLength;
        else if (at > i && s.T.TryInt(at, out day) && s.T[at].Length <= 2 && day is >= 1 and <= 31)
        {
            // "ngày 15" alone: the coming 15th, this month's unless it has passed.
            var thisMonth = new DateOnly(s.Today.Year, s.Today.Month, 1);
            var first = day >= s.Today.Day || s.Anchor ? thisMonth : thisMonth.AddMonths(1);
            if (!CalendarMath.IsValidDate(first.Year, first.Month, day)) return false;
            m = new TimeMatch(i, at + 1 - i, DateWindow.Day(new DateOnly(first.Year, first.Month, day)), PeriodUnit.Day);
            return true;
        }
        else return false;
        if (year is null && TryYearSpec(s, next, out var namedYear, out var yearLength)) { year = namedYear; next += yearLength; }
        var resolvedYear = year ?? (s.Anchor ? s.Today.Year : CalendarMath.YearOfComingMonth(s.Today, month));
        if (!CalendarMath.IsValidDate(resolvedYear, month, day)) return false;
        m = new TimeMatch(i, next - i, DateWindow.Day(new DateOnly(resolvedYear, month, day)), PeriodUnit.Day, year);
        return true;
    }

    /// <summary>"năm 2025", "year 2025", "in 2025", or a bare "2025".</summary>
    private static bool TryYear(in Scan s, int i, out TimeMatch m)
    {
        m = default;
        var at = s.T.IsAny(i, "nam", "year", "in") ? i + 1 : i;
        if (!TryFourDigitYear(s.T, at, out var year)) return false;
        m = new TimeMatch(i, at + 1 - i, CalendarMath.Year(year), PeriodUnit.Year, year);
        return true;
    }

    /// <summary>A year qualifying a month, quarter or date: "năm 2025", "2025", "năm nay/sau/ngoái", "next year".</summary>
    private static bool TryYearSpec(in Scan s, int i, out int year, out int length)
    {
        length = 1;
        if (TryFourDigitYear(s.T, i, out year)) return true;
        length = 2;
        if (s.T.IsAny(i, "nam", "year", "of", "in") && TryFourDigitYear(s.T, i + 1, out year)) return true;
        if (s.T.Is(i, "nam") && TryRelativeWord(s, i + 1, out var offset, out var relativeLength))
        {
            year = s.Today.Year + offset;
            length = 1 + relativeLength;
            return true;
        }
        if (TryEnglishRelative(s.T[i], out offset) && s.T.Is(i + 1, "year")) { year = s.Today.Year + offset; return true; }
        year = 0;
        return false;
    }

    private static bool TryFourDigitYear(TokenStream t, int i, out int year) =>
        t.TryInt(i, out year) && t[i].Length == 4 && year is >= 1900 and <= 2200;
}
