using System.Globalization;

namespace DanVanBot.Cards.Data;

/// <summary>Dates as the cards show them: "Thứ Ba, 24/11/2026", "24/11/2026", "24/11".</summary>
public static class VietnameseDates
{
    private static readonly string[] WeekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public static string WeekdayAndDate(DateOnly date) => Weekday(date) + ", " + Date(date);

    public static string Weekday(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DayMonth(DateOnly date) => date.ToString("dd/MM", CultureInfo.InvariantCulture);
}
