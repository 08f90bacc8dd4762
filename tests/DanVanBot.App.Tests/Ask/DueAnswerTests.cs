using System.Globalization;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Tests.Ask;

/// <summary>
/// "What is due" and "when is report X due" over the five sample plans: exactly the occurrences of
/// docs/domain.md whose last day falls in the window (dates as "yyyy-MM-dd|plan number").
/// </summary>
public sealed class DueAnswerTests(SamplePlansBot bot) : IClassFixture<SamplePlansBot>
{
    [Theory]
    [InlineData("2026-11-21", "tháng này có gì đến hạn", "2026-11-01", "2026-11-30", "2026-11-24|40/KH-UBND")]
    [InlineData("2022-04-15", "thang nay co gi den han", "2022-04-01", "2022-04-30", "2022-04-30|102/KH-UBND-NV")]
    [InlineData("2025-03-01", "quý này có gì đến hạn?", "2025-01-01", "2025-03-31", "2025-03-15|")]
    [InlineData("2022-10-05", "t10 có gì đến hạn", "2022-10-01", "2022-10-31", "2022-10-29|102/KH-UBND-NV;2022-10-31|102/KH-UBND-NV")]
    [InlineData("2023-11-02", "tháng này có gì đến hạn", "2023-11-01", "2023-11-30", "2023-11-14|;2023-11-24|40/KH-UBND;2023-11-30|")]
    [InlineData("2023-06-01", "thang nay den han gi", "2023-06-01", "2023-06-30", "2023-06-09|40/KH-UBND;2023-06-14|")]
    [InlineData("2025-10-01", "quý 4 có gì đến hạn", "2025-10-01", "2025-12-31", "2025-11-24|40/KH-UBND;2025-11-24|;2025-12-15|")]
    [InlineData("2024-01-10", "6 tháng đầu năm có gì đến hạn", "2024-01-01", "2024-06-30", "2024-06-09|40/KH-UBND")]
    public async Task Due_SamplePlansUnknownAsker_ReturnsExactlyTheOccurrencesInTheWindow(
        string today, string text, string from, string to, string expected)
    {
        var answer = await bot.AskAsync(text, Day(today));

        Assert.Equal(QuestionIntent.Due, answer.Intent);
        Assert.Equal((Day(from), Day(to)), (answer.Window!.Value.From, answer.Window.Value.To));
        Assert.Equal(expected.Split(';').Order(StringComparer.Ordinal), Keys(answer).Order(StringComparer.Ordinal));
        Assert.Equal(answer.Items.OrderBy(i => i.DueOn).Select(i => i.DueOn), answer.Items.Select(i => i.DueOn));
    }

    [Fact]
    public async Task Due_EmptyMonth_NamesTheNextDeadline()
    {
        var answer = await bot.AskAsync("tháng này có gì đến hạn", Day("2026-07-01"));

        Assert.Empty(answer.Items);
        Assert.Equal(Day("2026-11-24"), answer.NextDeadline?.DueOn);
    }

    [Fact]
    public async Task Due_AskerWithUnit_ReturnsOnlyThatUnitsOwnOrganisationAndObligations()
    {
        var asker = await bot.AskerAsync("Trương Quang Trọng", "Văn phòng - Thống kê");

        var answer = await bot.AskAsync("tháng này có gì đến hạn", Day("2023-11-02"), asker);

        Assert.Equal(["2023-11-14|", "2023-11-30|"], Keys(answer));
        Assert.All(answer.Items, i => Assert.Equal(AskerReportStatus.NotSubmitted, i.AskerStatus));
    }

    [Fact]
    public async Task Due_DayOffDeadline_NotesTheLastWorkingDayBefore()
    {
        var answer = await bot.AskAsync("tháng này có gì đến hạn", Day("2022-04-15"));

        var item = Assert.Single(answer.Items);
        Assert.False(item.IsWorkingDay); // 30/04/2022: Saturday and Reunification Day
        Assert.Equal(Day("2022-04-29"), item.LastWorkingDayBefore);
        Assert.Equal("III.2", item.Section);
    }

    [Theory]
    [InlineData("2026-03-01", "hạn báo cáo 6 tháng", "2026-01-01", "2026-06-30", "2026-06-09|40/KH-UBND")]
    [InlineData("2022-01-10", "han bc 6t la khi nao", "2022-01-01", "2022-06-30", "2022-04-30|102/KH-UBND-NV;2022-06-09|40/KH-UBND")]
    [InlineData("2023-02-01", "bc năm nộp khi nào", "2023-01-01", "2023-12-31", "2023-11-14|;2023-11-24|40/KH-UBND")]
    [InlineData("2026-01-05", "hạn báo cáo năm 2022", "2022-01-01", "2022-12-31", "2022-10-29|102/KH-UBND-NV;2022-11-24|40/KH-UBND")]
    // Ba Đình's sentence never says "báo cáo quý": the cadence the plan states for the duty decides.
    [InlineData("2025-02-10", "hạn báo cáo quý 1", "2025-01-01", "2025-03-31", "2025-03-15|")]
    public async Task Deadline_ReportKind_ReturnsReportsOfThatKindInItsPeriod(
        string today, string text, string from, string to, string expected)
    {
        var answer = await bot.AskAsync(text, Day(today));

        Assert.Equal(QuestionIntent.Deadline, answer.Intent);
        Assert.Equal((Day(from), Day(to)), (answer.Window!.Value.From, answer.Window.Value.To));
        Assert.Equal(expected.Split(';').Order(StringComparer.Ordinal), Keys(answer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Deadline_NoneInPeriod_NamesTheNextReportOfThatKind()
    {
        var answer = await bot.AskAsync("hạn báo cáo năm", Day("2021-03-01"));

        Assert.Empty(answer.Items);
        Assert.Equal(Day("2022-10-29"), answer.NextDeadline?.DueOn);
    }

    internal static IReadOnlyList<string> Keys(Answer answer) =>
        answer.Items.Select(i => $"{i.DueOn:yyyy-MM-dd}|{i.PlanNumber}").ToList();

    internal static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
