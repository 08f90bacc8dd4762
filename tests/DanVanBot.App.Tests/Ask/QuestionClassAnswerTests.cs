using DanVanBot.App.Features.Ask;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using static DanVanBot.App.Tests.Ask.DueAnswerTests;

namespace DanVanBot.App.Tests.Ask;

/// <summary>
/// The answer side of issue 14 over the five sample plans: confirmations answered yes/no with the right day and source,
/// activities answered like reports, a named unit and a window honoured, working-day questions on the working calendar.
/// </summary>
public sealed class QuestionClassAnswerTests(SamplePlansBot bot) : IClassFixture<SamplePlansBot>
{
    [Theory]
    [InlineData("2026-03-01", "báo cáo 6 tháng gửi trước 10/6 phải không?", true, "2026-06-09")]
    [InlineData("2026-03-01", "bc 6 tháng hạn 15/6 đúng không", false, "2026-06-09")]
    [InlineData("2026-03-01", "hạn báo cáo năm là 30/11 phải ko", false, "2026-11-24")]
    [InlineData("2026-10-05", "báo cáo năm chậm nhất cuối tháng 11 đúng chưa?", true, "2026-11-24")]
    public async Task Confirmation_SampleReport_YesOrNoWithTheRightLastDay(string today, string text, bool correct, string due)
    {
        var answer = await bot.AskAsync(text, Day(today));

        Assert.Equal(QuestionIntent.Deadline, answer.Intent);
        var verdict = Assert.IsType<Features.Ask.Answering.ConfirmationVerdict>(answer.Confirmation);
        Assert.Equal((correct, Day(due), "40/KH-UBND"), (verdict.Correct, verdict.Actual?.DueOn, verdict.Actual?.PlanNumber));
        var sentence = ConfirmationText.Render(answer)!;
        Assert.StartsWith(correct ? "Đúng." : "Chưa đúng.", sentence, StringComparison.Ordinal);
        Assert.Contains(Day(due).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), sentence, StringComparison.Ordinal);
        Assert.Contains("KH 40/KH-UBND", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_ActivityNamed_OnlyThatActivity()
    {
        var all = await bot.AskAsync("tháng 10 có gì đến hạn", Day("2022-09-01"));
        var inspections = await bot.AskAsync("tháng 10 có đoàn kiểm tra không", Day("2022-09-01"));

        Assert.Contains("2022-10-29|102/KH-UBND-NV", Keys(all)); // the annual report, not an inspection
        Assert.Equal(["2022-10-31|102/KH-UBND-NV"], Keys(inspections));
        Assert.Contains("kiểm tra", Assert.Single(inspections.Items).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_ActivityWithoutPeriod_FoundInTheYear()
    {
        var answer = await bot.AskAsync("bao giờ thì kiểm tra?", Day("2022-03-01"));

        Assert.Equal(QuestionIntent.Deadline, answer.Intent);
        Assert.Equal(["2022-10-31|102/KH-UBND-NV"], Keys(answer));
    }

    [Fact]
    public async Task Due_UnitWhoseDutiesAreAsked_OnlyThatUnitsDuties()
    {
        var answer = await bot.AskAsync("nhiệm vụ tháng 11 của văn phòng - thống kê", Day("2023-11-02"));

        Assert.Equal(QuestionIntent.Due, answer.Intent);
        Assert.Equal(["2023-11-14|", "2023-11-30|"], Keys(answer));
        Assert.Equal(["Văn phòng - Thống kê"], answer.UnitNames);
    }

    [Fact]
    public async Task Due_UnitThingsAreSentTo_DoesNotNarrow()
    {
        var answer = await bot.AskAsync("tháng 11 cần gửi báo cáo gì cho văn phòng - thống kê", Day("2023-11-02"));

        Assert.Equal(["2023-11-14|", "2023-11-24|40/KH-UBND", "2023-11-30|"], Keys(answer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Tasks_WithWindow_OnlyTheDutiesDueInIt()
    {
        var question = new Question(QuestionIntent.Tasks, new DateWindow(Day("2023-11-01"), Day("2023-11-30")), null, null,
            "van phong thong ke", null, null, [], "nhiem vu thang 11 van phong thong ke");

        var answer = await bot.Answers.AnswerAsync(question, Day("2023-07-01"), Features.Ask.Answering.Asker.Unknown);

        Assert.Equal([Day("2023-11-14"), Day("2023-11-30")], answer.Items.Select(i => i.DueOn));
    }

    [Fact]
    public async Task Workdays_MeetingMinusWorkingDays_DateWithItsReasoning()
    {
        var answer = await bot.AskAsync("họp ngày 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?", Day("2026-03-01"));

        Assert.Equal(QuestionIntent.Workdays, answer.Intent);
        Assert.Equal(Day("2026-03-09"), answer.Workdays?.Day);
        Assert.Contains("11/03, 10/03, 09/03", answer.Workdays!.Reasoning, StringComparison.Ordinal);
        Assert.EndsWith("Thứ Hai, 09/03/2026.", answer.Workdays.Reasoning, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', answer.Workdays.Reasoning);
    }

    [Fact]
    public async Task Workdays_BeforeTet_SkipsTheTetBreak()
    {
        var answer = await bot.AskAsync("phải nộp trước Tết 2 ngày làm việc thì là ngày nào", Day("2026-01-20"));

        Assert.Equal(Day("2026-02-12"), answer.Workdays?.Day); // Tết 17/02/2026; 14/02–22/02 off, so 13/02 and 12/02
    }

    [Theory]
    [InlineData("30/4 có được nghỉ không", "2026-04-30", false)]
    [InlineData("thứ 2 tuần sau có phải đi làm không", "2026-03-02", true)]
    public async Task Workdays_OneDay_WhetherItIsWorked(string text, string day, bool working)
    {
        var answer = await bot.AskAsync(text, Day("2026-03-01"));

        Assert.Equal((Day(day), working), (answer.Workdays?.Day, answer.Workdays?.IsWorkingDay));
    }

    [Fact]
    public async Task Workdays_Period_CountsWorkingDays()
    {
        var answer = await bot.AskAsync("từ 1/6 đến 30/6 có bao nhiêu ngày làm việc", Day("2026-03-01"));

        Assert.Equal(22, answer.Workdays?.WorkingDays);
    }
}
