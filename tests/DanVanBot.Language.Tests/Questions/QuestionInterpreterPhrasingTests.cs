namespace DanVanBot.Language.Tests.Questions;

/// <summary>
/// Longer, politer or looser phrasings than the core tables, written after the rules: they check
/// that the grammar generalises (greetings, particles, word order, mixed English) rather than
/// matching memorised sentences. Wednesday 18/03/2026.
/// </summary>
public sealed class QuestionInterpreterPhrasingTests
{
    private const string Today = "2026-03-18";

    [Theory]
    [InlineData("Chào bot, cho mình hỏi tháng này đơn vị mình có phải nộp báo cáo gì không ạ?", "due", "2026-03-01", "2026-03-31")]
    [InlineData("anh ơi tuần sau có deadline gì ko", "due", "2026-03-23", "2026-03-29")]
    [InlineData("em muốn hỏi hạn nộp bc 6 tháng đầu năm là ngày nào vậy ạ", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("Báo cáo năm 2025 phải nộp trước ngày nào?", "deadline", "2025-01-01", "2025-12-31")]
    [InlineData("bao giờ nộp bc quý 2", "deadline", "2026-04-01", "2026-06-30")]
    [InlineData("Q2 report deadline?", "deadline", "2026-04-01", "2026-06-30")]
    [InlineData("deadline báo cáo năm", "deadline", "2026-01-01", "2026-12-31")]
    [InlineData("cho xin danh sách việc cần làm của Phòng Văn hóa - Xã hội", "tasks", null, null)]
    [InlineData("UBND phường có nhiệm vụ gì trong quý 2", "due", "2026-04-01", "2026-06-30")]
    [InlineData("những đơn vị nào chưa gửi báo cáo quý 1?", "missing", "2026-01-01", "2026-03-31")]
    [InlineData("các đơn vị đã nộp đủ báo cáo chưa", "missing", null, null)]
    [InlineData("phòng nội vụ đã báo cáo chưa", "missing", null, null)]
    [InlineData("tôi cần gửi báo cáo quý 1 ạ", "submit", "2026-01-01", "2026-03-31")]
    [InlineData("tìm giúp em kế hoạch triển khai công tác dân vận năm 2025 của quận Ba Đình", "search", "2025-01-01", "2025-12-31")]
    [InlineData("show me the plans for 2024", "search", "2024-01-01", "2024-12-31")]
    [InlineData("có kế hoạch nào mới không", "search", null, null)]
    [InlineData("trong tháng 4 này có gì cần làm", "due", "2026-04-01", "2026-04-30")]
    [InlineData("có gì cần nộp trước 30/4 không", "due", "2026-03-18", "2026-04-29")]
    [InlineData("từ nay đến cuối năm phải nộp những gì", "due", "2026-03-18", "2026-12-31")]
    [InlineData("từ hôm nay đến 30/4 có gì", "due", "2026-03-18", "2026-04-30")]
    [InlineData("quý 4 năm ngoái có gì đến hạn", "due", "2025-10-01", "2025-12-31")]
    [InlineData("tháng 12 năm sau có gì đến hạn", "due", "2027-12-01", "2027-12-31")]
    [InlineData("lịch nộp báo cáo tháng 5", "due", "2026-05-01", "2026-05-31")]
    [InlineData("hạn nộp báo cáo", "due", "2026-03-18", "2026-04-16")]
    [InlineData("bây h có gì đến hạn k", "due", "2026-03-18", "2026-04-16")]
    [InlineData("hôm nay là hạn cuối của báo cáo nào", "due", "2026-03-18", "2026-03-18")]
    [InlineData("tuần này phòng nội vụ có gì đến hạn", "due", "2026-03-16", "2026-03-22")]
    [InlineData("2 tuần nữa có gì đến hạn", "due", "2026-03-18", "2026-03-31")]
    [InlineData("ngày 15 có gì phải nộp", "due", "2026-04-15", "2026-04-15")]
    [InlineData("Next week deadlines?", "due", "2026-03-23", "2026-03-29")]
    [InlineData("xin chào", "help", null, null)]
    [InlineData("mấy giờ rồi", "unknown", null, null)]
    public void Interpret_LooserPhrasing_IntentAndWindow(string text, string intent, string? from, string? to) =>
        QuestionExpectations.IntentAndWindow(text, Today, intent, from, to);
}
