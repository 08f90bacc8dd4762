using System.Globalization;
using DanVanBot.Domain.Time;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Completes "Đến hạn trong …" so it reads naturally: "tháng 11/2026", "tuần này (16/11–22/11/2026)",
/// "quý 4/2026", "6 tháng đầu năm 2026", "năm 2026", "30 ngày tới (21/11–20/12/2026)", "hôm nay (21/11/2026)".
/// </summary>
internal static class PeriodLabel
{
    public static string Describe(DateWindow window, DateOnly today)
    {
        var (from, to) = (window.From, window.To);
        if (from == to) return DayLabel(from, today);
        if (IsWholeMonths(window, 1)) return string.Format(Inv, AskTexts.PeriodMonth, from.Month, from.Year);
        if (IsWholeMonths(window, 3) && (from.Month - 1) % 3 == 0) return string.Format(Inv, AskTexts.PeriodQuarter, (from.Month + 2) / 3, from.Year);
        if (IsWholeMonths(window, 6) && from.Month is 1 or 7)
            return string.Format(Inv, from.Month == 1 ? AskTexts.PeriodFirstHalf : AskTexts.PeriodSecondHalf, from.Year);
        if (IsWholeMonths(window, 9) && from.Month == 1) return string.Format(Inv, AskTexts.PeriodNineMonths, from.Year);
        if (IsWholeMonths(window, 12) && from.Month == 1) return string.Format(Inv, AskTexts.PeriodYear, from.Year);
        if (from.DayOfWeek == DayOfWeek.Monday && to.DayNumber - from.DayNumber == 6) return WeekLabel(window, today);
        if (from == today) return string.Format(Inv, AskTexts.PeriodNextDays, to.DayNumber - from.DayNumber + 1, Range(window));
        return string.Format(Inv, AskTexts.PeriodRange, Range(window));
    }

    /// <summary>"16/11–22/11/2026" within one year, else both dates in full.</summary>
    public static string Range(DateWindow window) => window.From.Year == window.To.Year
        ? $"{window.From.ToString("dd/MM", Inv)}–{Date(window.To)}"
        : $"{Date(window.From)}–{Date(window.To)}";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", Inv);

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static bool IsWholeMonths(DateWindow window, int months) =>
        window.From.Day == 1 && window.From.AddMonths(months).AddDays(-1) == window.To;

    private static string DayLabel(DateOnly day, DateOnly today) =>
        day == today ? string.Format(Inv, AskTexts.PeriodToday, Date(day))
        : day == today.AddDays(1) ? string.Format(Inv, AskTexts.PeriodTomorrow, Date(day))
        : string.Format(Inv, AskTexts.PeriodDay, Date(day));

    private static string WeekLabel(DateWindow week, DateOnly today)
    {
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var format = (week.From.DayNumber - thisMonday.DayNumber) switch
        {
            0 => AskTexts.PeriodThisWeek,
            7 => AskTexts.PeriodNextWeek,
            -7 => AskTexts.PeriodLastWeek,
            _ => AskTexts.PeriodWeek,
        };
        return string.Format(Inv, format, Range(week));
    }
}
