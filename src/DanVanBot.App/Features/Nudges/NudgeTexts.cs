namespace DanVanBot.App.Features.Nudges;

/// <summary>What reminders say outside the card template (Vietnamese, full diacritics). Tests assert against these.</summary>
internal static class NudgeTexts
{
    public const string TitleBefore = "Nhắc hạn: còn {0} ngày làm việc";
    public const string TitleDueDay = "Hôm nay là hạn cuối";
    public const string TitleWindowOpens = "Bắt đầu thời gian thực hiện";
    public const string TitleWindowCloses = "Sắp hết thời gian thực hiện: còn {0} ngày làm việc";
    public const string TitleOverdue = "Quá hạn {0} ngày làm việc";
    public const string TitleEscalation = "Đơn vị chưa nộp, đề nghị lãnh đạo đơn vị chỉ đạo";
    public const string TitleRequested = "Cơ quan đầu mối nhắc: đơn vị chưa nộp";
    public const string DaysLeft = "còn {0} ngày";
    public const string DaysToday = "hôm nay là hạn cuối";
    public const string DaysOverdue = "quá hạn {0} ngày";
    public const string PlanReference = "Kế hoạch {0}, mục {1}";
    public const string Summary = "{0}: {1} (hạn {2})";
    public const string Reported = "Đơn vị đã nộp. Cảm ơn anh/chị!";
    public const string Acknowledged = "Đã ghi nhận. Cảm ơn anh/chị!";
    public const string Snoozed = "Tôi sẽ nhắc lại lúc {0}.";
    public const string Muted = "Đã tắt nhắc việc này cho anh/chị; cơ quan đầu mối được biết. Bấm Bật lại nhắc nếu muốn nhận lại.";
    public const string Unmuted = "Đã bật lại nhắc việc này cho anh/chị.";
    public const string NotYours = "Lời nhắc này gửi cho người khác, anh/chị không thao tác được.";
    public const string Unknown = "Không tìm thấy lời nhắc này (có thể đã quá cũ).";
}
