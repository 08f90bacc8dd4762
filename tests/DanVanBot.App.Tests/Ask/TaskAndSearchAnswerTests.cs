using DanVanBot.Language.Questions;
using static DanVanBot.App.Tests.Ask.DueAnswerTests;

namespace DanVanBot.App.Tests.Ask;

public sealed class TaskAndSearchAnswerTests(SamplePlansBot bot) : IClassFixture<SamplePlansBot>
{
    [Theory]
    [InlineData("nhiệm vụ của Văn phòng - Thống kê là gì?")]
    [InlineData("van phong thong ke co nhiem vu gi")]
    public async Task Tasks_NamedUnit_ListsUpcomingFirstThenPast(string text)
    {
        var answer = await bot.AskAsync(text, Day("2023-07-01"));

        Assert.Equal(QuestionIntent.Tasks, answer.Intent);
        Assert.Equal(["Văn phòng - Thống kê"], answer.UnitNames);
        Assert.Equal([Day("2023-11-14"), Day("2023-11-30"), Day("2023-06-14")], answer.Items.Select(i => i.DueOn));
    }

    [Fact]
    public async Task Tasks_MyUnit_UsesTheAskersUnit()
    {
        var asker = await bot.AskerAsync("Trương Quang Trọng", "Tư pháp - Hộ tịch");

        var answer = await bot.AskAsync("nhiệm vụ của đơn vị tôi", Day("2023-07-01"), asker);

        Assert.Equal(["Tư pháp - Hộ tịch"], answer.UnitNames);
        Assert.NotEmpty(answer.Items);
        Assert.All(answer.Items, i => Assert.Null(i.DueOn)); // its duties have a cadence but no date ("chưa có hạn")
        Assert.All(answer.Items, i => Assert.Contains("Tư pháp - Hộ tịch", i.UnitNames));
    }

    [Fact]
    public async Task Tasks_MyUnitUnknown_ReturnsNoUnit()
    {
        var answer = await bot.AskAsync("nhiệm vụ của đơn vị tôi", Day("2023-07-01"));

        Assert.Empty(answer.UnitNames);
        Assert.Empty(answer.Items);
    }

    [Theory]
    [InlineData("tìm kế hoạch 102/KH-UBND-NV", "102/KH-UBND-NV")]
    [InlineData("tim ke hoach so 40", "40/KH-UBND")]
    public async Task Search_ByNumber_FindsThatPlanOnly(string text, string number)
    {
        var answer = await bot.AskAsync(text, Day("2026-11-21"));

        Assert.Equal(QuestionIntent.Search, answer.Intent);
        var plan = Assert.Single(answer.Plans);
        Assert.Equal(number, plan.Number);
    }

    [Fact]
    public async Task Search_ByYear_FindsThePlansCoveringIt()
    {
        var answer = await bot.AskAsync("tìm kế hoạch năm 2025", Day("2026-11-21"));

        Assert.Equal(QuestionIntent.Search, answer.Intent);
        // Ba Đình's plan for 2025 and Cầu Ngang's for 2022–2026.
        Assert.Equal(["40/KH-UBND", null], answer.Plans.Select(p => p.Number).OrderBy(n => n is null));
    }
}
