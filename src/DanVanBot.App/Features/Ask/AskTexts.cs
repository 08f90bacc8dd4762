namespace DanVanBot.App.Features.Ask;

/// <summary>
/// The Ask feature's sentences for confirmations, working-day questions and form requests (issue 14); the older
/// answers' sentences are in <see cref="BotTexts"/>. {0}, {1}…: dates, numbers or names.
/// </summary>
internal static class AskTexts
{
    // --- Confirmations: "báo cáo 6 tháng gửi trước 10/6 phải không?" ---
    public const string ConfirmYes = "Đúng. Hạn cuối của “{0}” là {1} ({2}).";
    public const string ConfirmNo = "Chưa đúng. Hạn cuối của “{0}” là {1} ({2}), không phải {3}.";
    public const string ConfirmUnknown = "Tôi không tìm thấy hạn nào như vậy trong các kế hoạch đã nhập, nên chưa xác nhận được {0}.";
    public const string ConfirmSource = "KH {0}, mục {1}";
    public const string ConfirmSourceNoSection = "KH {0}";
    public const string ClaimedPeriod = "trong khoảng {0}";

    // --- Working days: {0} start (weekday, date), {1} direction, {2} count, {3} unit, {4} the days counted, {5} result ---
    public const string WorkdaysCount = "Tính từ {0}, {1} {2} {3} (không tính ngày mốc){4} → {5}.";
    public const string WorkdaysBack = "lùi";
    public const string WorkdaysForward = "tính tới";
    public const string WorkdaysUnitWorking = "ngày làm việc, bỏ qua thứ Bảy, Chủ nhật và ngày nghỉ lễ";
    public const string WorkdaysUnitCalendar = "ngày";
    public const string WorkdaysResultOff = "Ngày này là ngày nghỉ ({0}); ngày làm việc gần nhất trước đó là {1}.";
    public const string WorkdaysBetween = "Từ {0} đến {1} có {2} ngày làm việc (trong {3} ngày).";
    public const string WorkdaysHolidays = "Ngày nghỉ lễ trong khoảng này: {0}.";
    public const string WorkdaysIsWorking = "{0} là ngày làm việc.";
    public const string WorkdaysIsOff = "{0} là ngày nghỉ ({1}).";

    // --- Help asked as a form request: "cho xin biểu mẫu báo cáo quý" ---
    public const string FormNotYet =
        "Mẫu báo cáo trên thẻ chưa được đưa vào sử dụng; anh/chị vui lòng dùng đề cương/biểu mẫu do đầu mối (Phòng Nội vụ) gửi kèm kế hoạch. " +
        "Dưới đây là những việc tôi làm được.";
}
