namespace DanVanBot.Language.Tests.Questions;

/// <summary>Deadline, tasks, search, missing, submit, help and unknown messages on Wednesday 18/03/2026.</summary>
public sealed class QuestionInterpreterIntentTests
{
    private const string Today = "2026-03-18";

    [Theory]
    // Deadline of a named report: its period this year, unless a year is given.
    [InlineData("hạn báo cáo 6 tháng", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("han bao cao 6 thang", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("bc năm nộp khi nào", "deadline", "2026-01-01", "2026-12-31")]
    [InlineData("bc nam nop khi nao", "deadline", "2026-01-01", "2026-12-31")]
    [InlineData("deadline for the annual report", "deadline", "2026-01-01", "2026-12-31")]
    [InlineData("when is the Q3 report due?", "deadline", "2026-07-01", "2026-09-30")]
    [InlineData("báo cáo quý 3 hạn ngày nào", "deadline", "2026-07-01", "2026-09-30")]
    [InlineData("báo cáo quí 3 hạn khi nào", "deadline", "2026-07-01", "2026-09-30")]
    [InlineData("hạn nộp báo cáo quý 2 năm 2025", "deadline", "2025-04-01", "2025-06-30")]
    [InlineData("khi nào phải nộp báo cáo 9 tháng", "deadline", "2026-01-01", "2026-09-30")]
    [InlineData("báo cáo tháng 10 nộp bao giờ", "deadline", "2026-10-01", "2026-10-31")]
    [InlineData("hạn chót bc quý 1", "deadline", "2026-01-01", "2026-03-31")]
    [InlineData("bc 6t hạn khi nào", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("bao cao nam 2024 han khi nao", "deadline", "2024-01-01", "2024-12-31")]
    [InlineData("thời hạn báo cáo sơ kết", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("when is the half-year report due", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("hạn báo cáo 6 tháng cuối năm", "deadline", "2026-07-01", "2026-12-31")]
    [InlineData("bc kết quả thực hiện dvcq năm nay hạn bao giờ?", "deadline", "2026-01-01", "2026-12-31")]
    [InlineData("báo cáo hàng quý hạn ngày mấy", "deadline", "2026-01-01", "2026-03-31")]
    [InlineData("hạn báo cáo thnág này", "deadline", "2026-03-01", "2026-03-31")]
    // Tasks: no window; asked with a time expression, a task question is a due question (issue 14, class 2).
    [InlineData("nhiệm vụ của phòng nội vụ", "tasks", null, null)]
    [InlineData("đơn vị tôi phải làm gì", "tasks", null, null)]
    [InlineData("pnv có nhiệm vụ gì", "tasks", null, null)]
    [InlineData("PNV co nvu j", "tasks", null, null)]
    [InlineData("văn phòng ubnd có nhiệm vụ gì trong tháng này", "due", "2026-03-01", "2026-03-31")]
    [InlineData("công việc của đơn vị mình tuần này", "due", "2026-03-16", "2026-03-22")]
    [InlineData("what are my tasks", "tasks", null, null)]
    [InlineData("nhiệm vụ năm nay của ubnd phường", "due", "2026-01-01", "2026-12-31")]
    [InlineData("nhiem vu dc giao cho thanh tra", "tasks", null, null)]
    // Search plans.
    [InlineData("tìm kế hoạch 102/KH-UBND", "search", null, null)]
    [InlineData("kh dvcq 2024", "search", "2024-01-01", "2024-12-31")]
    [InlineData("kế hoạch quy chế dân chủ", "search", null, null)]
    [InlineData("find plan 40/KH-UBND", "search", null, null)]
    [InlineData("kế hoạch số 40", "search", null, null)]
    [InlineData("tra cứu kế hoạch dân vận chính quyền năm 2025", "search", "2025-01-01", "2025-12-31")]
    [InlineData("search plans 2022", "search", "2022-01-01", "2022-12-31")]
    // Missing reports.
    [InlineData("đơn vị nào chưa nộp báo cáo quý 3", "missing", "2026-07-01", "2026-09-30")]
    [InlineData("ai chưa báo cáo", "missing", null, null)]
    [InlineData("ai chua bc", "missing", null, null)]
    [InlineData("dv nao chua nop bc thang nay", "missing", "2026-03-01", "2026-03-31")]
    [InlineData("which units haven't submitted the annual report?", "missing", "2026-01-01", "2026-12-31")]
    [InlineData("phòng nội vụ đã nộp báo cáo 6 tháng chưa", "missing", "2026-01-01", "2026-06-30")]
    [InlineData("đơn vị nào quá hạn", "missing", null, null)]
    [InlineData("who has not reported yet", "missing", null, null)]
    [InlineData("những đơn vị nào còn thiếu báo cáo tháng trước", "missing", "2026-02-01", "2026-02-28")]
    // Submit.
    [InlineData("nộp báo cáo", "submit", null, null)]
    [InlineData("gửi bc 6 tháng", "submit", "2026-01-01", "2026-06-30")]
    [InlineData("báo cáo kết quả", "submit", null, null)]
    [InlineData("nop bao cao quy 1", "submit", "2026-01-01", "2026-03-31")]
    [InlineData("tôi muốn nộp báo cáo năm", "submit", "2026-01-01", "2026-12-31")]
    [InlineData("submit the Q3 report", "submit", "2026-07-01", "2026-09-30")]
    [InlineData("nộp báo cáo như thế nào", "help", null, null)] // asking how to submit is asking for help (issue 14, class 5)
    [InlineData("gui bc thang nay", "submit", "2026-03-01", "2026-03-31")]
    [InlineData("<at>DanVanBot</at> nộp bc quý 1 👍", "submit", "2026-01-01", "2026-03-31")]
    // Help.
    [InlineData("trợ giúp", "help", null, null)]
    [InlineData("tro giup", "help", null, null)]
    [InlineData("hướng dẫn", "help", null, null)]
    [InlineData("help", "help", null, null)]
    [InlineData("HELP!!!", "help", null, null)]
    [InlineData("?", "help", null, null)]
    [InlineData(" ? ", "help", null, null)]
    [InlineData("bot làm được gì", "help", null, null)]
    [InlineData("bot lam dc j", "help", null, null)]
    [InlineData("<at>DanVanBot</at> help", "help", null, null)]
    [InlineData("what can you do?", "help", null, null)]
    [InlineData("hướng dẫn sử dụng", "help", null, null)]
    // Unknown.
    [InlineData("", "unknown", null, null)]
    [InlineData("   ", "unknown", null, null)]
    [InlineData("xin cảm ơn", "unknown", null, null)]
    [InlineData("thời tiết hôm nay thế nào", "unknown", "2026-03-18", "2026-03-18")]
    [InlineData("😀😀", "unknown", null, null)]
    [InlineData("<p></p>", "unknown", null, null)]
    [InlineData("abc xyz", "unknown", null, null)]
    [InlineData("ok", "unknown", null, null)]
    public void Interpret_Message_IntentAndWindow(string text, string intent, string? from, string? to) =>
        QuestionExpectations.IntentAndWindow(text, Today, intent, from, to);
}
