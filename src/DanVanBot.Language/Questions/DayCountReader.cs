using DanVanBot.Domain.Calendar;

namespace DanVanBot.Language.Questions;

/// <summary>
/// Day arithmetic asked in chat: "họp ngày 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?" counts 3 working
/// days back from 12/3 on the working calendar; "trong vòng 5 ngày làm việc kể từ 2/4" counts forward; without a
/// date the count starts today. Plain days ("trước ngày họp 5 ngày") count calendar days.
/// </summary>
internal static class DayCountReader
{
    private static readonly HashSet<string> ForwardWords = ["sau", "ke", "tinh", "trong", "vong", "qua", "nhat"];

    public static (DayCount Count, int Start, int End)? Find(TokenStream t, List<TimeMatch> times, DateOnly today, IWorkingCalendar calendar)
    {
        for (var i = 1; i < t.Count; i++)
        {
            var working = t.Is(i, "ngay", "lam", "viec");
            if (!working && !IsPlainDayCount(t, i)) continue;
            var countAt = i - 1;
            if (!TimeGrammar.TryCount(t, countAt, out var days)) continue;
            var end = working ? i + 3 : i + 1;
            var from = Reference(t, times, countAt, end) ?? today;
            var backward = IsBackward(t, countAt, end);
            var result = working ? calendar.AddWorkingDays(from, backward ? -days : days) : from.AddDays(backward ? -days : days);
            return (new DayCount(from, days, working, backward, result), countAt, end);
        }
        return null;
    }

    /// <summary>"trước ngày họp 5 ngày", "5 ngày trước ngày họp": a count of days tied to "trước/sau", not a look-ahead.</summary>
    private static bool IsPlainDayCount(TokenStream t, int i) =>
        t.Is(i, "ngay") && !t.IsAny(i + 1, "toi", "nua", "tiep", "lam")
        && (t.IsAny(i + 1, "truoc", "sau") || t.Is(i - 2, "truoc") || HasEarlier(t, i - 2, "truoc", 6));

    private static bool IsBackward(TokenStream t, int countAt, int end)
    {
        if (t.Is(end, "truoc") || t.Is(countAt - 1, "truoc")) return true;
        if (ForwardWords.Contains(t[countAt - 1]) || t.IsAny(end, "sau", "ke", "tinh")) return false;
        return HasEarlier(t, countAt - 1, "truoc", 8);
    }

    private static bool HasEarlier(TokenStream t, int from, string word, int distance)
    {
        for (var k = from; k >= 0 && k > from - distance; k--)
        {
            if (t[k] == word) return true;
        }
        return false;
    }

    /// <summary>
    /// The first day named outside the count itself ("họp ngày 12/3"); "trước Tết" was read as the days before Tết,
    /// so the day it names is the one after that stretch.
    /// </summary>
    private static DateOnly? Reference(TokenStream t, List<TimeMatch> times, int countStart, int countEnd)
    {
        foreach (var match in times)
        {
            if (match.Start < countEnd && countStart < match.End) continue;
            if (match.Unit == PeriodUnit.Day) return match.Window.From;
            if (match.Unit == PeriodUnit.Span && t.IsAny(match.Start, "truoc", "before")) return match.Window.To.AddDays(1);
        }
        return null;
    }
}
