using System.Globalization;

namespace DanVanBot.Cards.Data;

/// <summary>
/// The one wording rule for dates, used wherever the bot phrases one. Plans write "trước ngày 01/5" for a last day of
/// 30/04, so the bot never says "trước ngày X" about a day that is itself allowed: it names the last allowed day,
/// "chậm nhất Thứ Sáu, 29/04/2022". Overdue counts stop at <see cref="MaxCountedOverdueDays"/>: beyond that a count
/// ("quá hạn 1676 ngày") is noise, and the date itself says more.
/// </summary>
public static class DatePhrases
{
    public const int MaxCountedOverdueDays = 30;

    /// <summary>"chậm nhất Thứ Sáu, 29/04/2022".</summary>
    public static string LastDay(DateOnly day) => "chậm nhất " + VietnameseDates.WeekdayAndDate(day);

    /// <summary>
    /// "30/04/2022 là ngày nghỉ lễ: nộp chậm nhất Thứ Sáu, 29/04/2022." for a holiday,
    /// "29/10/2022 là Thứ Bảy: nộp chậm nhất Thứ Sáu, 28/10/2022." for a weekend.
    /// </summary>
    public static string DayOffNote(DateOnly dueOn, DateOnly lastWorkingDay, bool isHoliday) =>
        $"{VietnameseDates.Date(dueOn)} là {(isHoliday ? "ngày nghỉ lễ" : VietnameseDates.Weekday(dueOn))}: nộp {LastDay(lastWorkingDay)}.";

    /// <summary>"còn 3 ngày", "hôm nay", "quá hạn 5 ngày", or "đã quá hạn" past <see cref="MaxCountedOverdueDays"/>.</summary>
    public static string Timing(DateOnly dueOn, DateOnly today)
    {
        var days = dueOn.DayNumber - today.DayNumber;
        if (days > 0) return string.Create(CultureInfo.InvariantCulture, $"còn {days} ngày");
        if (days == 0) return "hôm nay";
        return -days > MaxCountedOverdueDays ? "đã quá hạn" : string.Create(CultureInfo.InvariantCulture, $"quá hạn {-days} ngày");
    }

    public static DueTiming TimingOf(DateOnly dueOn, DateOnly today) =>
        dueOn > today ? DueTiming.Upcoming : dueOn == today ? DueTiming.Today : DueTiming.Overdue;

    /// <summary>"15/03, 15/06, 15/09 và 15/12/2025"; dates of several years in full: "09/06/2022, 09/06/2023 và 09/06/2024".</summary>
    public static string DateList(IReadOnlyList<DateOnly> dates)
    {
        if (dates.Count == 0) return string.Empty;
        var oneYear = dates.All(d => d.Year == dates[^1].Year);
        var texts = dates.Select((d, i) => oneYear && i < dates.Count - 1 ? VietnameseDates.DayMonth(d) : VietnameseDates.Date(d)).ToList();
        return texts.Count == 1 ? texts[0] : string.Join(", ", texts.Take(texts.Count - 1)) + " và " + texts[^1];
    }
}
