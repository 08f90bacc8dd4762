namespace DanVanBot.App;

/// <summary>
/// Every sentence the bot says outside the card templates, in one place (Vietnamese, full diacritics).
/// Tests assert against these constants, so wording can change without breaking them.
/// </summary>
internal static class BotTexts
{
    public const string BotName = "Trợ lý Dân vận chính quyền";
    // Matches the welcome card heading with or without the user's name (cards/help.json).
    public const string WelcomeHeading = "Tôi là trợ lý Dân vận chính quyền";
    public const string HelpHeading = "Hướng dẫn sử dụng";
    public const string WelcomeSummary = "Chào mừng anh/chị đến với Trợ lý Dân vận chính quyền";
    public const string HelpSummary = "Hướng dẫn sử dụng Trợ lý Dân vận chính quyền";
    public const string DueHeadingPrefix = "Đến hạn";

    public const string Unknown =
        "Xin lỗi, tôi chưa hiểu câu hỏi. Anh/chị có thể hỏi, ví dụ: “Tháng này có gì đến hạn?”, “Hạn báo cáo 6 tháng?”, " +
        "“Nhiệm vụ của Phòng Nội vụ?” hoặc gõ “trợ giúp”.";

    public const string SubmitInTeams =
        "Báo cáo được nộp qua mẫu báo cáo trong Teams: anh/chị nhắn “nộp báo cáo” cho trợ lý để mở mẫu.";

    public const string MissingNotAllowed =
        "Danh sách đơn vị chưa nộp báo cáo chỉ dành cho cán bộ của cơ quan đầu mối (Phòng Nội vụ). " +
        "Anh/chị có thể hỏi “đơn vị tôi đã nộp chưa?” hoặc “tháng này có gì đến hạn?”.";

    public static readonly string[] ExampleQuestions =
    [
        "Tháng này có gì đến hạn?",
        "Hạn báo cáo 6 tháng?",
        "Nhiệm vụ của đơn vị tôi?",
        "Tìm kế hoạch 102/KH-UBND-NV",
    ];

    // --- Ask feature: period labels completing "Đến hạn trong …" ({0}, {1}: numbers or dates) ---
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

    // --- Ask feature: answers outside the due-list card ---
    public const string DueSummary = "Đến hạn trong {0}";
    public const string DueMoreExpired = "Trang này không còn dùng được. Anh/chị vui lòng hỏi lại.";
    public const string DueMoreSent = "Đã gửi các mục tiếp theo.";
    public const string DueNone = "Không có hạn nào trong {0}.";
    public const string DueNext = "Hạn gần nhất tiếp theo: {0}";
    public const string NoDeadline = "chưa có hạn";
    public const string PlanWithoutNumber = "(chưa có số)";
    public const string TasksHeading = "Nhiệm vụ của {0}:";
    public const string TasksNone = "Chưa có nhiệm vụ nào của {0} trong các kế hoạch đã nhập.";
    public const string TasksUnitNotFound = "Tôi không tìm thấy đơn vị “{0}” trong các kế hoạch đã nhập.";
    public const string TasksNeedUnit = "Anh/chị chưa thuộc đơn vị nào. Hãy tìm đơn vị của mình trên thẻ bên dưới để gửi yêu cầu tham gia, hoặc hỏi kèm tên đơn vị (ví dụ: “Nhiệm vụ của Phòng Nội vụ?”).";
    public const string SearchHeading = "Tìm thấy {0} kế hoạch:";
    public const string SearchNone = "Không tìm thấy kế hoạch nào phù hợp.";
    public const string MissingHeading = "Đơn vị chưa nộp báo cáo có hạn trong {0}:";
    public const string MissingNone = "Mọi đơn vị đã nộp các báo cáo có hạn trong {0}.";
    public const string AndMore = "… và {0} mục khác.";
}
