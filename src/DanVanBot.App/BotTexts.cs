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
        "“Nhiệm vụ của đơn vị tôi?” hoặc gõ “trợ giúp”.";

    public const string SubmitInTeams =
        "Báo cáo được nộp qua mẫu báo cáo trong Teams: anh/chị nhắn “nộp báo cáo” cho trợ lý để mở mẫu.";

    public static readonly string[] ExampleQuestions =
    [
        "Tháng này có gì đến hạn?",
        "Hạn báo cáo 6 tháng?",
        "Nhiệm vụ của đơn vị tôi?",
        "Tìm kế hoạch 102/KH-UBND-NV",
        "Trợ giúp",
    ];
}
