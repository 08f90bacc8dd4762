using System.Text.Json.Nodes;
using DanVanBot.App.Features.Roster;
using DanVanBot.App.Hosting;
using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// Trying a date (point 11): in Development, <c>Bot:FixedToday</c> is the bot's today and every card says so; elsewhere
/// it is ignored with a warning. Changing unit (point 12): "đổi đơn vị" opens the roster's join card (a new request), whose
/// search folds diacritics and reads unit and organisation names together.
/// </summary>
public sealed class FixedTodayAndUnitTests
{
    private static readonly Dictionary<string, string?> FixedDay = new() { [FixedToday.Key] = "2026-11-21" };

    [Fact]
    public async Task FixedToday_Development_AnswersAsOfThatDayAndEveryCardSaysSo()
    {
        await using var chat = await ChatHarness.StartAsync(now: null, FixedDay);

        var due = await chat.AskAsync("tháng này có gì đến hạn");
        var help = await chat.AskAsync("trợ giúp");
        var (searched, _) = await chat.PressAsync(JoinSearchHandler.Verb, new JsonObject { ["query"] = "noi vu" });

        Assert.Contains("Đến hạn trong tháng 11/2026", due.AllText, StringComparison.Ordinal);
        Assert.Contains("Thứ Ba, 24/11/2026 (còn 3 ngày)", due.AllText, StringComparison.Ordinal);
        foreach (var card in due.Replies.Concat(help.Replies).Where(r => r.FirstCard is not null))
            Assert.Equal("(ngày giả định 21/11/2026)", card.FirstCard!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("(ngày giả định 21/11/2026)", (string?)searched!["value"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task FixedToday_OutsideDevelopment_IsIgnoredWithAWarning()
    {
        await using var kit = await DanVanBot.Protocol.Tests.TestSupport.AuthTestKit.StartAsync();
        var settings = new Dictionary<string, string?>(FixedDay)
        {
            ["Bot:MicrosoftAppId"] = kit.AppId,
            ["Bot:MicrosoftAppPassword"] = "not-used-no-message-is-sent",
            ["Bot:ChannelOpenIdMetadataUrl"] = kit.MetadataUrl,
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = kit.EntraMetadataUrlTemplate,
        };
        await using var chat = await ChatHarness.StartAsync(now: null, settings, environment: "Staging");

        Assert.Contains(chat.Routes.Warnings, w => w.Contains(FixedToday.Key, StringComparison.Ordinal) && w.Contains("ignored", StringComparison.Ordinal));
        Assert.IsNotType<FixedDayTimeProvider>(chat.Bot.Services.GetService(typeof(TimeProvider)));
    }

    [Theory]
    [InlineData("đổi đơn vị")]
    [InlineData("doi don vi")]
    [InlineData("tôi muốn chọn lại đơn vị")]
    public async Task ChangeUnit_Typed_OpensTheJoinCard(string text)
    {
        await using var chat = await ChatHarness.StartAsync(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)));

        var turn = await chat.AskAsync(text);

        Assert.Equal("roster:join", turn.Route);
        Assert.Contains(RosterTexts.JoinSummary, turn.Replies.Single().Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("noi vu ba dinh")]
    [InlineData("Nội vụ Ba Đình")]
    [InlineData("phong noi vu - quan ba dinh")]
    public async Task JoinSearch_WithOrWithoutDiacritics_FindsTheUnit(string query)
    {
        await using var chat = await ChatHarness.StartAsync(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)));

        var (response, _) = await chat.PressAsync(JoinSearchHandler.Verb, new JsonObject { ["query"] = query });

        var body = response!["value"]!["body"]!.AsArray();
        var choices = body.Single(e => (string?)e!["id"] == "unitId")!["choices"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        Assert.Equal(["Phòng Nội vụ — UBND quận Ba Đình"], choices);
        Assert.Equal(query.Trim(), (string?)body.Single(e => (string?)e!["id"] == "query")!["value"]);
    }
}
