using System.Globalization;
using DanVanBot.Domain.Reports;

namespace DanVanBot.App.Features.Exports;

/// <summary>What the exported documents and the export answers say (Vietnamese, shown to users).</summary>
internal static class ExportTexts
{
    // The workbook.
    public const string ComplianceSheet = "Theo dõi nộp báo cáo";
    public const string ReportsSheet = "Nội dung báo cáo";
    public const string UnitHeader = "Đơn vị";
    public const string StatusHeader = "Tình trạng";
    public const string SubmittedOnHeader = "Ngày nộp";
    public const string OccurrenceHeader = "{0} – {1} (hạn {2})";
    public const string NotOwed = "Không phải nộp";
    public const string TotalOf = "Tổng: {0}";
    public static readonly string[] ReportColumns =
    [
        "Đơn vị", "Nhiệm vụ báo cáo", "Kỳ", "Hạn", "Tiến độ", "Kết quả thực hiện", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị",
        "Số, ký hiệu văn bản", "Phiên bản", "Nộp lúc", "Người nộp", "Mã báo cáo",
    ];

    public const string NoDueDate = "chưa ấn định";

    // Chat.
    public const string LinkReady = "{0} của {1} ({2}) đã sẵn sàng. Liên kết tải về dùng được trong {3} phút, đến {4}:\n\n{5}";
    public const string WorkbookName = "Bảng theo dõi nộp báo cáo";
    public const string ReportName = "Dự thảo báo cáo tổng hợp";
    public const string NoPublicAddress = "Bot chưa được cấu hình địa chỉ công khai (Exports:PublicBaseUrl) nên chưa thể gửi liên kết tải về. Anh/chị báo quản trị viên.";
    public const string LinkSentInChat = "Đã gửi liên kết tải về trong cuộc trò chuyện.";
    public const string RequestInvalid = "Yêu cầu xuất báo cáo này không hợp lệ hoặc đã cũ. Anh/chị gõ “xuất báo cáo tổng hợp quý 3” hoặc “tải bảng theo dõi”.";
    public const string LinkRefused = "Liên kết tải về không hợp lệ, đã bị sửa hoặc đã hết hạn. Anh/chị yêu cầu liên kết mới trong Teams.";

    public static string Status(ReportStanding standing) => standing.Timeliness switch
    {
        ReportTimeliness.OnTime => "Đúng hạn",
        ReportTimeliness.Late => string.Format(CultureInfo.InvariantCulture, "Trễ hạn ({0} ngày)", standing.DaysLate),
        ReportTimeliness.NotYetDue => "Chưa nộp",
        _ => string.Format(CultureInfo.InvariantCulture, "Quá hạn chưa nộp ({0} ngày)", standing.DaysLate),
    };

    /// <summary>The totals' names, one per standing, in <see cref="ReportTimeliness"/> order.</summary>
    public static readonly string[] StatusTotals = ["Đúng hạn", "Trễ hạn", "Chưa nộp (chưa đến hạn)", "Quá hạn chưa nộp"];

    public static string? Progress(ReportContent content) => content.Progress switch
    {
        ReportProgress.NotStarted => "Chưa thực hiện",
        ReportProgress.InProgress when content.PercentComplete is { } percent =>
            string.Format(CultureInfo.InvariantCulture, "Đang thực hiện ({0}%)", percent),
        ReportProgress.InProgress => "Đang thực hiện",
        ReportProgress.Completed => "Hoàn thành",
        _ => null,
    };
}
