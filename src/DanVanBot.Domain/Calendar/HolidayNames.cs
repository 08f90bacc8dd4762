namespace DanVanBot.Domain.Calendar;

/// <summary>User-visible Vietnamese names of holidays and day kinds.</summary>
public static class HolidayNames
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương";
    public const string Victory = "Ngày Chiến thắng";
    public const string LabourDay = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";
    public const string Saturday = "Thứ Bảy";
    public const string Sunday = "Chủ nhật";
    public const string AdministratorDayOff = "Ngày nghỉ do quản trị viên điều chỉnh";
    public const string AdministratorWorkingDay = "Ngày làm việc do quản trị viên điều chỉnh";

    /// <summary>"Nghỉ bù …": the weekday off owed when a holiday falls on a weekend (art. 112(3)).</summary>
    public static string Substitute(string holidayName) => $"Nghỉ bù {holidayName}";
}
