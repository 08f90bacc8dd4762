using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;

namespace DanVanBot.Language.Tests.Questions;

/// <summary>What the issue 14 classes carry besides intent and window: claims, activities, day counts, context, cues.</summary>
public sealed class QuestionClassDetailTests
{
    [Theory]
    [InlineData("2026-03-01", "báo cáo 6 tháng gửi trước 10/6 phải không?", "2026-06-09")]
    [InlineData("2026-03-18", "mai là hết hạn nộp bc quý rồi hả?", "2026-03-19")]
    [InlineData("2026-09-23", "hạn bc tháng 9 là thứ 6 này đúng không", "2026-09-25")]
    [InlineData("2026-09-23", "hạn báo cáo năm là 24/11 phải ko", "2026-11-24")]
    public void Interpret_ConfirmationOfADay_ClaimedDayAndReportPeriod(string today, string text, string claimed)
    {
        var question = QuestionExpectations.Interpret(text, today);
        Assert.Equal((QuestionIntent.Deadline, true, DateOnly.Parse(claimed), (DateWindow?)null),
            (question.Intent, question.IsConfirmation, question.ClaimedDay, question.ClaimedPeriod));
    }

    [Fact]
    public void Interpret_ConfirmationOfAPeriod_ClaimedPeriodNotDay()
    {
        var question = QuestionExpectations.Interpret("báo cáo năm chậm nhất cuối tháng 11 đúng chưa?", "2026-10-05");
        Assert.Equal((QuestionIntent.Deadline, (DateOnly?)null, new DateWindow(new(2026, 11, 21), new(2026, 11, 30))),
            (question.Intent, question.ClaimedDay, question.ClaimedPeriod));
        Assert.Equal(new DateWindow(new(2026, 1, 1), new(2026, 12, 31)), question.Window);
    }

    [Theory]
    [InlineData("quý này có đoàn kiểm tra xuống xã không?", "kiem tra", "due")]
    [InlineData("bao giờ thì tổ chức hội nghị đối thoại?", "hoi nghi doi thoai", "deadline")]
    [InlineData("tổ chức hn đối thoại vào tháng mấy", "hoi nghi doi thoai", "deadline")]
    [InlineData("đoàn ktra về xã lúc nào", "kiem tra", "deadline")]
    [InlineData("tháng sau có hoạt động gì", "hoat dong", "due")]
    [InlineData("wifi phòng họp pass gì", null, "unknown")]
    [InlineData("tháng này có gì đến hạn", null, "due")]
    public void Interpret_ActivityNamed_ActivityAndIntent(string text, string? activity, string intent)
    {
        var question = QuestionExpectations.Interpret(text, "2026-03-18");
        Assert.Equal((activity, intent), (question.Activity, question.Intent.ToCliName()));
    }

    [Theory]
    [InlineData("2026-03-01", "phải gửi hồ sơ trước ngày họp 3 ngày làm việc, họp ngày 12/3 thì hạn là hôm nào?", "2026-03-12", 3, true, true, "2026-03-09")]
    [InlineData("2026-04-01", "5 ngày làm việc kể từ 27/4 là ngày nào", "2026-04-27", 5, true, false, "2026-05-06")]
    [InlineData("2026-01-20", "phải nộp trước Tết 2 ngày làm việc", "2026-02-17", 2, true, true, "2026-02-12")]
    [InlineData("2026-03-02", "trong vòng 3 ngày làm việc kể từ hôm nay", "2026-03-02", 3, true, false, "2026-03-05")]
    [InlineData("2026-03-01", "họp 20/3, gửi trước ngày họp 5 ngày thì gửi hôm nào", "2026-03-20", 5, false, true, "2026-03-15")]
    public void Interpret_DayArithmetic_CountedOnTheWorkingCalendar(
        string today, string text, string from, int days, bool working, bool backward, string result)
    {
        var question = QuestionExpectations.Interpret(text, today);
        Assert.Equal(QuestionIntent.Workdays, question.Intent);
        Assert.Equal(new DayCount(DateOnly.Parse(from), days, working, backward, DateOnly.Parse(result)), question.DayCount);
        Assert.Equal(DateWindow.Day(DateOnly.Parse(result)), question.Window);
    }

    [Theory]
    [InlineData("các nv tháng này", "cac nhiem vu thang nay")]
    [InlineData("gửi bc cho nv huyện", "gui bao cao cho noi vu huyen")]
    [InlineData("phòng nv giao nv gì", "phong noi vu giao nhiem vu gi")]
    [InlineData("cán bộ nv xã", "can bo noi vu xa")]
    [InlineData("p.nv nhận bc chưa", "phong noi vu nhan bao cao chua")]
    [InlineData("tổ chức hn đối thoại", "to chuc hoi nghi doi thoai")]
    [InlineData("hn có gì đến hạn", "hom nay co gi den han")]
    [InlineData("sáng T6 nộp bc", "sang thu 6 nop bao cao")]
    [InlineData("T6 này có gì", "thu 6 nay co gi")]
    [InlineData("bc t6 nộp khi nào", "bao cao thang 6 nop khi nao")]
    [InlineData("theo cv số 12", "theo cong van so 12")]
    [InlineData("các cv cần làm", "cac cong viec can lam")]
    public void Interpret_AmbiguousShorthand_ReadByContext(string text, string normalized) =>
        Assert.Equal(normalized, QuestionExpectations.Interpret(text, "2026-03-18").Normalized);

    [Theory]
    [InlineData("2026-01-26", "trước Tết có gì phải nộp", "2026-01-26", "2026-02-16")]
    [InlineData("2026-02-20", "sau Tết có gì phải nộp", "2026-02-18", "2026-03-19")]
    [InlineData("2027-01-20", "sau rằm tháng Giêng có gì", "2027-02-21", "2027-03-22")]
    [InlineData("2026-04-01", "trước Giỗ Tổ có gì đến hạn", "2026-04-01", "2026-04-25")]
    [InlineData("2026-09-01", "Trung thu có gì đến hạn", "2026-09-25", "2026-09-25")]
    [InlineData("2026-09-01", "mùng 10 tháng 3 âm lịch có gì", "2027-04-16", "2027-04-16")]
    public void Interpret_LunarReference_ResolvedOnTheLunarCalendar(string today, string text, string from, string to) =>
        QuestionExpectations.IntentAndWindow(text, today, "due", from, to);

    [Fact]
    public void Interpret_Question_ExplainsIntentAndWindowCues()
    {
        var why = QuestionExpectations.Interpret("tháng sau phải nộp những báo cáo nào?", "2026-03-18").Explanation;
        Assert.Contains("phai nop", why.IntentCues);
        Assert.Equal("thang sau", why.WindowWords);
        Assert.False(string.IsNullOrEmpty(why.IntentRule));
        Assert.False(string.IsNullOrEmpty(why.WindowRule));
    }

    [Theory]
    [InlineData("cho xin biểu mẫu báo cáo quý", true)]
    [InlineData("làm sao để nộp báo cáo qua đây", false)]
    public void Interpret_FormRequest_HelpMarkedAsForm(string text, bool form)
    {
        var question = QuestionExpectations.Interpret(text, "2026-03-18");
        Assert.Equal((QuestionIntent.Help, form), (question.Intent, question.AsksForForm));
    }
}
