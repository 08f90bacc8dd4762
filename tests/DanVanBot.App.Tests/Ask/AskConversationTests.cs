using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.App.Tests.Ask;

/// <summary>The Ask feature through /api/messages over real HTTP, on the sample plans, on 21/11/2026 in Vietnam.</summary>
public sealed class AskConversationTests : IAsyncLifetime
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
    public async Task DueThisMonth_NewUser_AnswersAcrossOrganisationsThenAsksForUnitOnce()
    {
        await SendAsync("tháng này có gì đến hạn");
        var answer = await connector.NextCallAsync();
        var picker = await connector.NextCallAsync();

        Assert.Contains("Đến hạn trong tháng 11/2026", answer.AllText, StringComparison.Ordinal);
        Assert.Contains("Thứ Ba, 24/11/2026", answer.AllText, StringComparison.Ordinal);
        Assert.Contains("Anh/chị thuộc đơn vị nào?", picker.AllText, StringComparison.Ordinal);
        Assert.Contains("Văn phòng - Thống kê", picker.AllText, StringComparison.Ordinal);

        await SendAsync("thang nay co gi den han");
        var second = await connector.NextCallAsync();
        Assert.Contains("Đến hạn trong tháng 11/2026", second.AllText, StringComparison.Ordinal);
        await SendAsync("trợ giúp"); // a later, different answer proves no second picker was queued in between
        Assert.Contains(BotTexts.HelpHeading, (await connector.NextCallAsync()).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUnit_InvalidChoice_ReturnsCardWithErrorAndInputKept()
    {
        using var response = await http.PostAsync(bot.MessagesUrl,
            Activities.CardAction(connector.ServiceUrl, "profile.setUnit", new JsonObject { ["unitId"] = "not-a-unit" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(BotTexts.UnitInvalid, Unescape(body), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"not-a-unit\"", Unescape(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUnit_ValidChoice_IsRememberedAndAnswersBecomeTheUnits()
    {
        await SendAsync("tháng này có gì đến hạn");
        await connector.NextCallAsync();
        var picker = await connector.NextCallAsync();
        var choices = picker.FirstCard!.Value.GetProperty("body").EnumerateArray()
            .Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "unitId").GetProperty("choices");
        var caungang = choices.EnumerateArray().First(c => c.GetProperty("title").GetString()!.Contains("Cơ quan Tổ chức - Nội vụ", StringComparison.Ordinal));

        using var response = await http.PostAsync(bot.MessagesUrl, Activities.CardAction(connector.ServiceUrl, "profile.setUnit",
            new JsonObject { ["unitId"] = caungang.GetProperty("value").GetString() }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cơ quan Tổ chức - Nội vụ", Unescape(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The coordinator may now see who has not reported; before choosing, nobody could.
        await SendAsync("đơn vị nào chưa nộp báo cáo tháng này");
        var missing = await connector.NextCallAsync();
        Assert.Contains("Chưa nộp: Các cơ quan, đơn vị, địa phương", missing.AllText, StringComparison.Ordinal);
        Assert.Contains("24/11/2026", missing.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueInChannel_WithMention_Answers()
    {
        var activity = Activities.Message(connector.ServiceUrl, "<at>DanVanBot</at> tháng này có gì đến hạn", "19:channel@thread.tacv2");
        activity["conversation"]!["conversationType"] = "channel";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>DanVanBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "DanVanBot" },
        });
        using (await http.PostAsync(bot.MessagesUrl, activity)) { }

        Assert.Contains("Đến hạn trong tháng 11/2026", (await connector.NextCallAsync()).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_PersonalChat_AnswersWithSuggestedQuestions()
    {
        await SendAsync("xyz abc");
        var reply = await connector.NextCallAsync();

        Assert.Equal(BotTexts.Unknown, reply.Text);
        var actions = reply.Body.GetProperty("suggestedActions").GetProperty("actions");
        Assert.Equal(BotTexts.ExampleQuestions, actions.EnumerateArray().Select(a => a.GetProperty("value").GetString()));
        Assert.All(actions.EnumerateArray(), a => Assert.Equal("imBack", a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Submit_IsRoutedToItsOwnHandler()
    {
        await SendAsync("nộp báo cáo 6 tháng");
        Assert.Equal(BotTexts.SubmitComingSoon, (await connector.NextCallAsync()).Text);
    }

    private async Task SendAsync(string text)
    {
        using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, text));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static string Unescape(string json) => JsonSerializer.Deserialize<JsonNode>(json)!.ToJsonString(
        new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
