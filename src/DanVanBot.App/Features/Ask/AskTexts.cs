namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Every sentence the Ask feature says outside the card templates (Vietnamese, full diacritics): list answers, period
/// labels, confirmations, working-day answers, form requests. {0}, {1}…: dates, numbers or names. The bot-wide
/// sentences (welcome, help, not understood) are in <see cref="BotTexts"/>. Dates are phrased by <c>DatePhrases</c>:
/// never "trước ngày X" about a day that is itself allowed. Tests assert against these constants.
/// </summary>
internal static class AskTexts
{
    // --- List answers: headings, notes and empty states of the answer-list card ---
    public const string DueHeading = "Đến hạn trong {0}";
    public const string DueHeadingOfUnits = "Đến hạn trong {0} của {1}";
    public const string DueNone = "Không có hạn nào trong {0}.";
    public const string NothingUpcoming = "Chưa có hạn nào sắp tới trong các kế hoạch đã xuất bản.";
    public const string NextDeadline = "Hạn gần nhất tiếp theo: {0} — {1}";

    public const string TasksHeading = "Nhiệm vụ của {0}";
    public const string TasksHeadingInPeriod = "Nhiệm vụ của {0} trong {1}";
    public const string TasksGenericHeading = "Nhiệm vụ";
    public const string TasksInForceNote = "Chỉ gồm các kế hoạch đang thực hiện; hỏi kèm năm để xem kế hoạch đã kết thúc.";
    public const string TasksNone = "Chưa có nhiệm vụ nào của {0} trong các kế hoạch đã nhập.";
    public const string TasksUnitNotFound = "Tôi không tìm thấy đơn vị nào tên là {0} trong các kế hoạch đã nhập. Anh/chị có thể hỏi “nhiệm vụ của đơn vị tôi?”.";
    public const string TasksNeedUnit =
        "Anh/chị chưa thuộc đơn vị nào. Hãy tìm đơn vị của mình trên thẻ bên dưới để gửi yêu cầu tham gia, hoặc hỏi kèm tên đơn vị (ví dụ: “Nhiệm vụ của Phòng Nội vụ?”).";

    public const string SearchHeading = "Tìm thấy {0} kế hoạch";
    public const string SearchGenericHeading = "Tìm kế hoạch";
    public const string SearchNone = "Không tìm thấy kế hoạch nào phù hợp.";

    public const string MissingHeading = "Đơn vị chưa nộp báo cáo có hạn trong {0}";
    public const string MissingAllSubmitted = "Mọi đơn vị đã nộp các báo cáo có hạn trong {0}.";
    public const string MissingNothingDue = "Không có báo cáo nào đến hạn trong {0}, nên không có đơn vị nào phải nộp.";
    public const string MissingUnits = "chưa nộp: {0}";
    public const string OwnUnitHeading = "Tình hình nộp báo cáo của {0} trong {1}";
    public const string OwnUnitNote =
        "Danh sách mọi đơn vị chưa nộp chỉ dành cho cơ quan đầu mối; dưới đây là các báo cáo của đơn vị anh/chị.";
    public const string OwnUnitNothingDue = "Đơn vị anh/chị không có báo cáo nào đến hạn trong {0}.";
    public const string MissingNeedsUnit =
        "Tình hình nộp báo cáo được xem theo đơn vị, mà danh bạ chưa ghi anh/chị thuộc đúng một đơn vị. " +
        "Anh/chị gõ “tham gia đơn vị” để gửi yêu cầu, hoặc hỏi lãnh đạo đơn vị.";

    // --- One line of a list: its dates and its plan ---
    public const string SingleDue = "Hạn cuối: {0}";
    public const string NextDue = "Hạn tới: {0}";
    public const string LastDue = "Hạn sau cùng: {0}";
    public const string NoDeadline = "chưa có hạn";
    public const string AndMore = "… và {0} mục khác.";
    public const string PlanNumbered = "KH {0}";
    public const string PlanByIssuerAndDate = "KH của {0} ngày {1}";
    public const string PlanByIssuerAndPeriod = "KH của {0} ({1})";
    public const string PlanUnknown = "KH (không rõ số)";
    public const string PlanSection = "{0}, mục {1}";
    public const string PlanYear = "năm {0}";
    public const string PlanYears = "giai đoạn {0}–{1}";

    // --- "Xem thêm" ---
    public const string DueMoreExpired = "Trang này không còn dùng được. Anh/chị vui lòng hỏi lại.";
    public const string DueMoreSent = "Đã gửi các mục tiếp theo.";

    // --- Period labels completing "Đến hạn trong …" ({0}, {1}: numbers or dates) ---
    public const string PeriodMonth = "tháng {0}/{1}";
    public const string PeriodQuarter = "quý {0}/{1}";
    public const string PeriodFirstHalf = "6 tháng đầu năm {0}";
    public const string PeriodSecondHalf = "6 tháng cuối năm {0}";
    public const string PeriodNineMonths = "9 tháng đầu năm {0}";
    public const string PeriodYear = "năm {0}";
    public const string PeriodThisWeek = "tuần này ({0})";
    public const string PeriodNextWeek = "tuần sau ({0})";
    public const string PeriodLastWeek = "tuần trước ({0})";
    public const string PeriodWeek = "tuần {0}";
    public const string PeriodToday = "hôm nay ({0})";
    public const string PeriodTomorrow = "ngày mai ({0})";
    public const string PeriodDay = "ngày {0}";
    public const string PeriodNextDays = "{0} ngày tới ({1})";
    public const string PeriodRange = "khoảng {0}";

    // --- Confirmations: "báo cáo 6 tháng gửi trước 10/6 phải không?" ({2}: the plan, named as in the lists) ---
    public const string ConfirmYes = "Đúng. Hạn cuối của “{0}” là {1} ({2}).";
    public const string ConfirmNo = "Chưa đúng. Hạn cuối của “{0}” là {1} ({2}), không phải {3}.";
    public const string ConfirmUnknown = "Tôi không tìm thấy hạn nào như vậy trong các kế hoạch đã nhập, nên chưa xác nhận được {0}.";
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
