using System.Globalization;
using DanVanBot.Domain.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>What the report form, its receipt and the compliance answer say (Vietnamese, shown to users).</summary>
internal static class ReportTexts
{
    public const string FormSummary = "Mẫu báo cáo tiến độ";
    public const string ReceiptSummary = "Biên nhận báo cáo";
    public const string ChoiceSummary = "Chọn nhiệm vụ cần báo cáo";

    public const string NothingOpen =
        "Đơn vị của anh/chị hiện không có nhiệm vụ nào cần báo cáo (hạn cuối trong khoảng {0} – {1}). " +
        "Gõ “tháng này có gì đến hạn?” để xem các hạn sắp tới.";

    public const string TargetUnknown =
        "Không tìm thấy nhiệm vụ này, hoặc đơn vị của anh/chị không phải báo cáo nhiệm vụ này. Không có gì được lưu.";

    public const string FormInvalid =
        "Mẫu báo cáo này không hợp lệ hoặc đã cũ. Anh/chị gõ “nộp báo cáo” để mở mẫu mới. Không có gì được lưu.";

    public const string SubmissionIdTaken =
        "Mã gửi của mẫu này thuộc về một báo cáo khác nên không được lưu. Anh/chị gõ “nộp báo cáo” để mở mẫu mới.";

    public const string FixBelow = "Báo cáo chưa được gửi. Vui lòng sửa các mục ghi chú màu đỏ bên dưới.";

    public const string ComplianceSummary = "Tình hình nộp báo cáo: {0}";
    public const string NoDueDate = "chưa ấn định";
    public const string MoreOccurrences = "Còn {0} nhiệm vụ khác có hạn trong kỳ này; anh/chị hỏi theo kỳ ngắn hơn (ví dụ: “tình hình nộp báo cáo tháng 6”) để xem.";

    public const string ViewSummary = "Báo cáo của đơn vị";
    public const string ReportUnknown = "Không tìm thấy báo cáo hoặc phiên bản này.";
    public const string VersionCurrent = "{0} (hiện hành)";
    public const string VersionOld = "{0} (phiên bản cũ; hiện hành là {1})";
    public const string VersionButton = "Phiên bản {0} ({1})";

    public const string UnitStatusHeading = "Báo cáo của {0} (hạn cuối từ {1} đến {2}):";
    public const string UnitStatusNone = "Không có báo cáo nào đến hạn trong khoảng này.";
    public const string SentOn = "đã nộp ngày {0}";
    public const string SentLate = "nộp trễ ngày {0} (trễ {1} ngày)";
    public const string Overdue = "trễ hạn, chưa nộp (quá hạn {0} ngày)";
    public const string NotYetSent = "chưa nộp";

    public const string AttachPrompt =
        "Anh/chị gửi tệp PDF hoặc DOCX (tối đa {0} MB) vào cuộc trò chuyện này trong {1} phút tới; tệp sẽ được đính kèm vào " +
        "phiên bản {2} của báo cáo “{3}” ({4}).";
    public const string AttachStored = "Đã đính kèm “{0}” ({1}) vào phiên bản {2} của báo cáo “{3}” ({4}).";
    public const string AttachSame = "Tệp “{0}” ({1}) đã được đính kèm vào phiên bản {2} của báo cáo “{3}” ({4}) trước đó; không lưu thêm.";
    public const string AttachWrongType =
        "Tệp “{0}” không phải văn bản PDF hoặc Word (.docx) nên không được đính kèm. Anh/chị vui lòng gửi bản PDF hoặc DOCX.";
    public const string AttachTooLarge = "Tệp “{0}” quá lớn (tối đa {1} MB) nên không được đính kèm. Anh/chị vui lòng gửi bản nhỏ hơn.";
    public const string AttachTooSlow = "Tôi không tải xong tệp “{0}” nên chưa đính kèm. Anh/chị vui lòng gửi lại sau ít phút.";
    public const string AttachExpired = "Đã quá thời gian chờ tệp đính kèm. Anh/chị bấm lại “Đính kèm văn bản” trên biên nhận rồi gửi tệp.";
    public const string AttachmentLine = "{0} ({1}, {2} gửi lúc {3})";

    public const string ReturnedLine = "Đã trả lại để sửa lúc {0} ({1}). Lý do: {2}";
    public const string ReturnReasonMissing = "Vui lòng nhập lý do trả lại.";
    public const string ReturnReasonTooLong = "Lý do quá dài: tối đa {0} ký tự.";
    public const string ReturnAlready = "Phiên bản này đã được trả lại trước đó. Không có gì thay đổi.";
    public const string ReturnNotCurrent =
        "Đơn vị đã gửi phiên bản mới hơn, hoặc phiên bản này không còn trả lại được. Anh/chị mở phiên bản hiện hành để xem. Không có gì thay đổi.";
    public const string ReturnTold = "Đã trả lại và báo cho {0}.";
    public const string ReturnNotTold =
        "Đã trả lại, nhưng {0} chưa trò chuyện riêng với trợ lý nên chưa nhận được thông báo; anh/chị vui lòng báo trực tiếp.";
    public const string ReturnedToAuthor =
        "Báo cáo “{0}” của {1} (phiên bản {2}) đã được {3} trả lại để sửa. Lý do: {4}\n" +
        "Anh/chị sửa trong mẫu dưới đây rồi bấm “Gửi báo cáo”; phiên bản mới sẽ thay cho phiên bản bị trả lại.";
    public const string ReturnedStatus = " — đã bị trả lại để sửa";
    public const string ReturnedMark = " (đã trả lại)";
    public const string UnitListSummary = "Báo cáo đã nộp của {0}";

    public const string OnTime = "Đúng hạn";
    public const string LateDays = "Trễ hạn {0} ngày";
    public const string AfterConsolidation = "Nộp sau ngày chốt số liệu";

    /// <summary>"09:00 01/04/2022": an instant as a person in Vietnam reads it.</summary>
    public static string Time(DateTimeOffset instant)
    {
        var local = DanVanBot.Domain.Time.VietnamTime.Local(instant);
        return local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>"Đúng hạn" or "Trễ hạn n ngày", for a unit that has reported.</summary>
    public static string Standing(ReportStanding standing) => standing.Timeliness == ReportTimeliness.Late
        ? string.Format(CultureInfo.InvariantCulture, LateDays, standing.DaysLate)
        : OnTime;

    public static string Problem(ReportProblem problem) => problem.Kind switch
    {
        ReportProblemKind.Missing => "Vui lòng nhập kết quả thực hiện.",
        ReportProblemKind.TooLong => string.Format(CultureInfo.InvariantCulture, "Nội dung quá dài: tối đa {0} ký tự.", problem.Limit),
        ReportProblemKind.NotAChoice => "Vui lòng chọn một trong: Chưa thực hiện, Đang thực hiện, Hoàn thành.",
        ReportProblemKind.NotANumber => "Tỷ lệ hoàn thành phải là một số nguyên từ 0 đến 100.",
        ReportProblemKind.OutOfRange => "Tỷ lệ hoàn thành phải từ 0 đến 100.",
        ReportProblemKind.OnlyWhileInProgress => "Chỉ nhập tỷ lệ hoàn thành khi tiến độ là “Đang thực hiện”.",
        ReportProblemKind.NotText => "Giá trị không hợp lệ: mục này chỉ nhận nội dung dạng chữ.",
        _ => "Giá trị không hợp lệ.",
    };
}
