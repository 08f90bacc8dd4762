using DanVanBot.Domain.Plans;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// What the plan feature says outside its card templates (Vietnamese, full diacritics). Kept next to the
/// feature rather than in <see cref="BotTexts"/> so the two features' wording can change independently.
/// Tests assert against these constants.
/// </summary>
internal static class PlanTexts
{
    public const string PreviewSummary = "Xem trước kế hoạch {0}";
    public const string UnsupportedFile =
        "Tôi chỉ đọc được kế hoạch dạng .docx hoặc .txt. Anh/chị vui lòng gửi lại tệp “{0}” ở một trong hai dạng này.";
    public const string FileTooLarge = "Tệp “{0}” quá lớn (tối đa {1} MB). Anh/chị vui lòng gửi bản kế hoạch gọn hơn.";
    public const string DownloadFailed = "Tôi không tải được tệp “{0}”. Anh/chị vui lòng gửi lại sau ít phút.";
    public const string DownloadTooSlow = "Tôi không tải xong tệp “{0}” trong {1} giây. Anh/chị vui lòng gửi lại sau ít phút.";
    public const string DownloadNotAllowed = "Tệp “{0}” không nằm trên OneDrive/SharePoint của tổ chức, nên tôi không tải về.";
    public const string Unreadable = "Tôi không đọc được nội dung tệp “{0}”: tệp có thể bị hỏng hoặc không phải tài liệu Word/văn bản.";
    public const string DocumentTooLarge =
        "Tôi không đọc được tệp “{0}”: tệp quá lớn hoặc hỏng (một kế hoạch thường chỉ vài chục trang). Anh/chị vui lòng kiểm tra lại tệp.";
    public const string NotAPlan =
        "Tệp “{0}” không giống một kế hoạch: tôi không thấy tiêu đề “KẾ HOẠCH” hoặc không thấy nhiệm vụ nào. " +
        "Anh/chị vui lòng kiểm tra lại tệp.";
    public const string OtherDocumentNotice =
        "Văn bản này là {0}, không phải kế hoạch. Tôi đọc được {1} nhiệm vụ từ văn bản; anh/chị kiểm tra rồi bấm " +
        "“Xuất bản” để vẫn nhập các hạn này, hoặc “Hủy” nếu không cần.";
    public const string NotAPlanWarning = "Cảnh báo: “{0}” không phải kế hoạch ({1}).";
    public const string NothingFound = "“{0}” không phải kế hoạch và không có nhiệm vụ hay hạn nào đọc được.";
    public const string ConfirmOtherDocument = "“{0}” là {1}, không phải kế hoạch; thêm --confirm để vẫn nhập {2} nhiệm vụ của văn bản.";

    /// <summary>The kind of a document as users call it.</summary>
    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "kế hoạch",
        DocumentKind.OfficialLetter => "công văn",
        DocumentKind.Notice => "thông báo",
        DocumentKind.News => "tin bài về kế hoạch",
        _ => "văn bản khác",
    };

    public const string TooManyPending =
        "Anh/chị đang có 3 bản xem trước kế hoạch chưa xuất bản. Vui lòng bấm “Xuất bản” hoặc “Hủy” trên các thẻ đó " +
        "(bản xem trước tự hết hạn sau 24 giờ), rồi gửi lại tệp.";
    public const string ImportGone =
        "Bản xem trước này đã được xuất bản, đã hủy hoặc đã hết hạn (sau 24 giờ). Anh/chị có thể gửi lại tệp kế hoạch.";
    public const string ImportCancelled = "Đã hủy nhập kế hoạch “{0}”. Không có gì thay đổi.";
    public const string PublishedCreated = "Đã xuất bản kế hoạch {0}: {1} nhiệm vụ, {2} chưa có hạn.";
    public const string PublishedUpdated = "Đã cập nhật kế hoạch {0} (đã có từ trước, không tạo bản trùng): {1} nhiệm vụ, {2} chưa có hạn.";
    public const string UndatedIntro = "Có {0} lần thực hiện nhiệm vụ chưa có hạn. Anh/chị chọn ngày trên từng thẻ để ấn định hạn.";
    public const string UndatedMore = "Còn {0} lần thực hiện chưa có hạn khác; gõ “việc chưa có hạn” để xem tiếp sau khi ấn định các thẻ trên.";
    public const string NoUndated = "Tất cả nhiệm vụ đều đã có hạn. Không có gì cần ấn định.";
    public const string SetDateSummary = "Ấn định hạn cho nhiệm vụ";

    public const string DateMissing = "Vui lòng chọn ngày hoàn thành.";
    public const string DateInvalid = "“{0}” không phải là ngày hợp lệ. Vui lòng chọn ngày theo lịch.";
    public const string DateOutsidePeriod = "Ngày {0} nằm ngoài thời gian thực hiện kế hoạch ({1}–{2}). Vui lòng chọn ngày trong khoảng này.";
    public const string DateInPast = "Ngày {0} đã qua (hôm nay là {1}). Vui lòng chọn một ngày từ hôm nay trở đi.";
    public const string ObligationUnknown = "Không tìm thấy nhiệm vụ này (có thể kế hoạch đã được cập nhật). Gõ “việc chưa có hạn” để xem danh sách mới.";
    public const string DateSaved = "Đã ấn định hạn {0} cho nhiệm vụ: {1}";

    public const string NoPlanNumber = "(chưa có số)";
}
