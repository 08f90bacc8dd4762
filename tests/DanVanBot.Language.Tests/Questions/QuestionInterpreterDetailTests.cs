using DanVanBot.Language.Questions;

namespace DanVanBot.Language.Tests.Questions;

/// <summary>What else a question carries: the report named, its quarter, the unit, the plan number, the year, keywords.</summary>
public sealed class QuestionInterpreterDetailTests
{
    private const string Today = "2026-03-18";

    [Theory]
    [InlineData("hạn báo cáo 6 tháng", "six", null)]
    [InlineData("bc năm nộp khi nào", "yearly", null)]
    [InlineData("đơn vị nào chưa nộp báo cáo quý 3", "quarterly", 3)]
    [InlineData("dv nao chua nop bc q4", "quarterly", 4)]
    [InlineData("báo cáo quý III", "quarterly", 3)]
    [InlineData("khi nào phải nộp báo cáo 9 tháng", "nine", null)]
    [InlineData("báo cáo tháng 10 nộp bao giờ", "monthly", null)]
    [InlineData("gửi bc 6 tháng", "six", null)]
    [InlineData("báo cáo sơ kết", "six", null)]
    [InlineData("báo cáo tổng kết năm", "yearly", null)]
    [InlineData("deadline for the annual report", "yearly", null)]
    [InlineData("when is the quarterly report due", "quarterly", 1)]
    [InlineData("when is the Q2 report due", "quarterly", 2)]
    [InlineData("semi-annual report deadline", "six", null)]
    [InlineData("monthly report due date", "monthly", null)]
    [InlineData("báo cáo hàng quý", "quarterly", 1)]
    [InlineData("nộp báo cáo", null, null)]
    [InlineData("báo cáo kết quả thực hiện quy chế dân chủ", null, null)]
    [InlineData("tháng này có gì đến hạn", null, null)]
    [InlineData("quý 2 có gì đến hạn", null, 2)]
    public void Interpret_ReportNamed_KindAndQuarter(string text, string? report, int? quarter)
    {
        var question = QuestionExpectations.Interpret(text, Today);
        Assert.Equal((QuestionExpectations.Report(report), quarter), (question.Report, question.Quarter));
    }

    [Theory]
    [InlineData("nhiệm vụ của phòng nội vụ", "phong noi vu")]
    [InlineData("nhiem vu cua phong noi vu", "phong noi vu")]
    [InlineData("pnv có nhiệm vụ gì", "phong noi vu")]
    [InlineData("PNV co nvu j", "phong noi vu")]
    [InlineData("văn phòng ubnd có nhiệm vụ gì trong tháng này", "van phong ubnd")]
    [InlineData("vp ubnd phải làm gì", "van phong ubnd")]
    [InlineData("nhiệm vụ của Tư pháp - Hộ tịch", "tu phap ho tich")]
    [InlineData("Văn phòng - Thống kê phải làm gì", "van phong thong ke")]
    [InlineData("thanh tra quận phải làm gì", "thanh tra quan")]
    [InlineData("phòng tài nguyên và môi trường có nhiệm vụ gì", "phong tai nguyen va moi truong")]
    [InlineData("nhiệm vụ của Ủy ban nhân dân phường Trương Quang Trọng", "ubnd phuong truong quang trong")]
    [InlineData("phòng nội vụ đã nộp báo cáo 6 tháng chưa", "phong noi vu")]
    [InlineData("nhiệm vụ của xã", "xa")]
    [InlineData("đơn vị tôi phải làm gì", null)]
    [InlineData("what are my tasks", null)]
    [InlineData("ai chưa báo cáo", null)]
    [InlineData("phòng chống tham nhũng có gì đến hạn", null)]
    public void Interpret_UnitNamed_UnitMention(string text, string? unit) =>
        Assert.Equal(unit, QuestionExpectations.Interpret(text, Today).UnitMention);

    [Theory]
    [InlineData("tìm kế hoạch 102/KH-UBND", "102/KH-UBND", null)]
    [InlineData("tim ke hoach 102/kh-ubnd-nv", "102/KH-UBND-NV", null)]
    [InlineData("kế hoạch 102 / KH - UBND - NV năm 2022", "102/KH-UBND-NV", 2022)]
    [InlineData("find plan 40/KH-UBND", "40/KH-UBND", null)]
    [InlineData("kế hoạch số 40", "40", null)]
    [InlineData("kh dvcq 2024", null, 2024)]
    [InlineData("kh qcdc năm 2023", null, 2023)]
    [InlineData("kế hoạch năm nay", null, 2026)]
    [InlineData("hạn nộp báo cáo quý 2 năm 2025", null, 2025)]
    [InlineData("tháng 10 có gì đến hạn", null, null)]
    public void Interpret_PlanReference_PlanNumberAndYear(string text, string? planNumber, int? year)
    {
        var question = QuestionExpectations.Interpret(text, Today);
        Assert.Equal((planNumber, year), (question.PlanNumber, question.Year));
    }

    [Theory]
    [InlineData("kế hoạch quy chế dân chủ", "quy che dan chu")]
    [InlineData("kh dvcq 2024", "dan van chinh quyen")]
    [InlineData("tìm kế hoạch tiếp công dân năm 2024", "tiep cong dan")]
    [InlineData("search plans about citizen reception", "citizen reception")]
    [InlineData("tháng này có gì đến hạn", "")]
    public void Interpret_SearchWords_KeywordPhrases(string text, string keywords) =>
        Assert.Equal(keywords, string.Join(" | ", QuestionExpectations.Interpret(text, Today).Keywords));

    [Theory]
    [InlineData("Tháng này có gì đến hạn?", "thang nay co gi den han")]
    [InlineData("<at>DanVanBot</at> bc q3 đc k?", "bao cao quy 3 duoc khong")]
    [InlineData("thnág 10 pnv ntn", "thang 10 phong noi vu nhu the nao")]
    [InlineData("6t đầu năm, t10 & h2", "6 thang dau nam thang 10 6 thang cuoi nam")]
    public void Interpret_Message_NormalizedTokens(string text, string normalized) =>
        Assert.Equal(normalized, QuestionExpectations.Interpret(text, Today).Normalized);

    [Fact]
    public void Interpret_DueWithoutPeriod_NextThirtyDaysCountingToday()
    {
        var question = QuestionExpectations.Interpret("có gì phải nộp?", Today);
        Assert.Equal(QuestionInterpreter.UpcomingDays, question.Window!.Value.To.DayNumber - question.Window.Value.From.DayNumber + 1);
    }
}
