using System.Net;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.App.Tests.Ask;

/// <summary>Issue 14 answers through /api/messages over real HTTP, on the sample plans, on 21/11/2026 in Vietnam.</summary>
public sealed class QuestionClassConversationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 8, 0, 0, TimeSpan.FromHours(7));
    private RunningBot bot = null!;
    private FakeConnector connector = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await RunningBot.StartAsync(replaceServices: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedClock(Now))));
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Confirmation_AnswersYesOrNoThenTheDeadlineCard()
    {
        await SendAsync("báo cáo năm hạn 30/11 đúng không");
        var verdict = await connector.NextCallAsync();
        var card = await connector.NextCallAsync();

        Assert.StartsWith("Chưa đúng.", verdict.Text, StringComparison.Ordinal);
        Assert.Contains("Thứ Ba, 24/11/2026", verdict.Text, StringComparison.Ordinal);
        Assert.Contains("KH 40/KH-UBND", verdict.Text, StringComparison.Ordinal);
        Assert.Contains("Đến hạn trong năm 2026", card.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormRequest_SaysTheFormIsNotInUseThenHelp()
    {
        await SendAsync("cho xin biểu mẫu báo cáo quý");

        Assert.Equal(AskTexts.FormNotYet, (await connector.NextCallAsync()).Text);
        Assert.Contains(BotTexts.HelpHeading, (await connector.NextCallAsync()).AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("làm sao để nộp báo cáo qua đây")]
    [InlineData("em mới dùng, hỏi gì được?")]
    public async Task HelpAskedOtherwise_ReachesHelp(string text)
    {
        await SendAsync(text);

        Assert.Contains(BotTexts.HelpHeading, (await connector.NextCallAsync()).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workdays_AnswersTheDateInOneLine()
    {
        await SendAsync("họp 27/11, gửi tài liệu trước 2 ngày làm việc thì hạn hôm nào");

        var reply = await connector.NextCallAsync();
        Assert.Contains("27/11/2026", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("Thứ Tư, 25/11/2026.", reply.Text, StringComparison.Ordinal);
    }

    private async Task SendAsync(string text)
    {
        using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, text));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
