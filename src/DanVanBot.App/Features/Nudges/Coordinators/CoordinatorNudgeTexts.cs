using DanVanBot.Storage.Nudges;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>What the coordinators' reminder views say (Vietnamese, full diacritics). Tests assert against these.</summary>
internal static class CoordinatorNudgeTexts
{
    public const string DeliveryTitle = "Tình hình gửi nhắc: {0}";
    public const string DeliveryPeriod = "Các lời nhắc từ {0} đến {1}";
    public const string DeliverySummary = "Tình hình gửi nhắc của {0}";
    public const string Delivered = "Đã gửi tới";
    public const string Acknowledged = "Đã xác nhận đã nhận";
    public const string Failed = "Không gửi được";
    public const string Pending = "Đang chờ gửi";
    public const string Expired = "Quá giờ, không gửi";
    public const string Cancelled = "Không gửi (đơn vị đã nộp hoặc đã tắt nhắc)";
    public const string FailedHeading = "Không gửi được";
    public const string FailedLine = "{0}, {1}: {2} ({3}, ngày {4})";
    public const string UnreachableHeading = "Chưa liên lạc được (đề nghị cài ứng dụng DanVanBot trong Teams)";
    public const string UnreachableLine = "{0}: {1} (từ {2})";
    public const string MutesHeading = "Đã tắt nhắc";
    public const string MuteLine = "{0}: {1} (từ {2})";
    public const string NoReminders = "Chưa có lời nhắc nào trong thời gian này.";
    public const string AndMore = "… và {0} nhắc khác.";
    public const string AndMoreUnits = "… và {0} đơn vị khác.";
    public const string Unnamed = "(không rõ tên)";

    public const string RemindTitle = "Nhắc các đơn vị chưa nộp";
    public const string RemindSubtitle = "{0} ({1}), hạn {2}. {3}";
    public const string RemindSummary = "Xem trước lời nhắc: {0}";
    public const string RemindUnitsMissing = "Đơn vị chưa nộp";
    public const string RemindUnitsReported = "Đơn vị đã nộp (không nhắc)";
    public const string RemindPeople = "Người sẽ được nhắc";
    public const string RemindAt = "Gửi lúc";
    public const string RemindNow = "ngay khi bấm Gửi nhắc";
    public const string RemindUnitLine = "{0}: {1} người";
    public const string RemindUnitNobody = "{0}: chưa có cán bộ nào trong danh sách, không nhắc được";
    public const string RemindUnitMuted = " ({0} người đã tắt nhắc)";
    public const string RemindNoOne = "Không có ai để nhắc: các đơn vị chưa nộp chưa có cán bộ trong danh sách, hoặc đã tắt nhắc.";
    public const string RemindOthers = "Các việc khác còn đơn vị chưa nộp: bấm để xem trước.";
    public const string RemindChoiceTitle = "{0}, hạn {1}";
    public const string RemindNothingOpen = "Không có việc nào có hạn từ {0} đến {1} mà còn đơn vị chưa nộp.";
    public const string RemindNoMatch = "Không có việc nào khớp với {0} mà còn đơn vị chưa nộp; đây là các việc gần nhất.";
    public const string RemindQueued = "Đã xếp {0} lời nhắc cho {1} đơn vị chưa nộp.";
    public const string RemindQueuedAgain = " {0} người đã được xếp nhắc hôm nay nên không gửi lại.";
    public const string RemindQueuedSummary = "Đã xếp {0} lời nhắc";
    public const string RemindGone = "Không tìm thấy việc này (có thể kế hoạch đã được nhập lại).";
    public const string RemindAudit = "Gửi nhắc các đơn vị chưa nộp: {0} ({1}); {2} lời nhắc mới trong {3} người được nhắc";
    public const string RemindCancelled = "Đã hủy, không gửi lời nhắc nào.";

    public const string DigestTitle = "Tổng hợp đầu tuần: {0}";
    public const string DigestSubtitle = "Các hạn từ {0} đến {1}, và các đơn vị quá hạn chưa nộp.";
    public const string DigestSummary = "Tổng hợp đầu tuần: {0} hạn trong {1} ngày tới, {2} đơn vị quá hạn chưa nộp";
    public const string DigestUpcoming = "Hạn trong {0} ngày tới";
    public const string DigestOverdueUnits = "Đơn vị quá hạn chưa nộp";
    public const string DigestUpcomingHeading = "Hạn sắp tới";
    public const string DigestUpcomingLine = "{0}: {1} ({2}), {3}/{4} đơn vị chưa nộp";
    public const string DigestOverdueHeading = "Quá hạn, chưa nộp";
    public const string DigestOverdueLine = "{0} ({1}), hạn {2}: {3}";
    public const string DigestNothing = "Không có hạn nào trong thời gian này và không có đơn vị nào quá hạn.";
    public const string DigestName = "Tổng hợp đầu tuần";
    public const string AndMoreUnitsInline = " và {0} đơn vị khác";

    /// <summary>Why a reminder did not reach its person, as the office reads it.</summary>
    public static string Reason(NudgeFailure? failure) => failure switch
    {
        NudgeFailure.BlockedByUser => "người nhận đã chặn ứng dụng",
        NudgeFailure.NotInstalled => "người nhận chưa cài ứng dụng",
        NudgeFailure.ConversationGone => "cuộc trò chuyện không còn",
        NudgeFailure.UnknownUser => "không xác định được người nhận trong Teams",
        NudgeFailure.DisabledByAdmin => "quản trị viên đã tắt ứng dụng cho người nhận",
        NudgeFailure.Throttled => "Teams giới hạn tốc độ gửi",
        NudgeFailure.TooLarge => "thẻ nhắc quá lớn",
        NudgeFailure.UnitReported => "đơn vị đã nộp",
        NudgeFailure.Muted => "người nhận đã tắt nhắc",
        _ => "lỗi khi gửi",
    };
}
