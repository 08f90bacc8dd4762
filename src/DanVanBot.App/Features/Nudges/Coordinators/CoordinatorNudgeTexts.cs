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
    public const string Unnamed = "(không rõ tên)";

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
