using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Features.Roster;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.App.Tests.Ask;

/// <summary>The Ask feature through /api/messages over real HTTP, on the sample plans, on 21/11/2026 in Vietnam.</summary>
public sealed class AskConversationTests : IAsyncLifetime
{
    private const string Aad = "00000000-0000-0000-0000-0000000000a1"; // the default sender of Activities.Message
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
    public async Task DueThisMonth_PersonTheRosterDoesNotKnow_AnswersFromTheTenantsPlansWithoutAskingAnything()
    {
        await SendAsync("tháng này có gì đến hạn");
        var answer = await connector.NextCallAsync();

        Assert.Contains("Đến hạn trong tháng 11/2026", answer.AllText, StringComparison.Ordinal);
        Assert.Contains("Thứ Ba, 24/11/2026", answer.AllText, StringComparison.Ordinal);
        await SendAsync("trợ giúp"); // the next call is the help card: no unit picker was queued in between
        Assert.Contains(BotTexts.HelpHeading, (await connector.NextCallAsync()).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_PersonTheRosterDoesNotKnow_IsRefusedNamingTheMemberRole()
    {
        await SendAsync("đơn vị nào chưa nộp báo cáo tháng này");

        var reply = await connector.NextCallAsync();
        Assert.Equal(AccessTexts.NeedMember, reply.Text);
    }

    [Fact]
    public async Task Missing_CoordinatorOfCauNgang_SeesTheirOrganisationsLateUnits()
    {
        await RosterSeeding.GrantAsync(bot.Services, Aad, "UBND huyện Cầu Ngang", "Cơ quan Tổ chức - Nội vụ", RosterRole.Coordinator);

        await SendAsync("đơn vị nào chưa nộp báo cáo tháng này");
        var missing = await connector.NextCallAsync();
        Assert.Contains("Chưa nộp: Các cơ quan, đơn vị, địa phương", missing.AllText, StringComparison.Ordinal);
        Assert.Contains("24/11/2026", missing.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksOfMyUnit_PersonWithoutUnit_GetsTheJoinCard()
    {
        await SendAsync("nhiệm vụ của đơn vị tôi");
        await connector.NextCallAsync(); // the answer: no unit yet
        var join = await connector.NextCallAsync();

        Assert.Contains("roster.searchUnits", join.AllText, StringComparison.Ordinal);
        Assert.Equal(RosterTexts.JoinSummary, join.Summary);
    }

    [Fact]
    public async Task Missing_MemberOfTheCoordinatingUnit_GetsOnlyTheirOwnUnitsStanding()
    {
        // Belonging to the Nội vụ office as a member is not the coordinator's role: the roster's role decides.
        await RosterSeeding.GrantAsync(bot.Services, Aad, "UBND huyện Cầu Ngang", "Cơ quan Tổ chức - Nội vụ", RosterRole.Member);

        await SendAsync("đơn vị nào chưa nộp báo cáo tháng này");
        var missing = await connector.NextCallAsync();

        Assert.Contains("Tình hình nộp báo cáo của Cơ quan Tổ chức - Nội vụ", missing.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Các cơ quan, đơn vị, địa phương", missing.AllText, StringComparison.Ordinal);
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
    public async Task Submit_MemberWithNothingOpen_IsToldWhichDaysWereLookedAt()
    {
        await RosterSeeding.GrantAsync(bot.Services, Aad, "UBND Quận 7", "Phòng Nội vụ", RosterRole.Member);

        // The Quận 7 plans are of 2022: on 21/11/2026 nothing is open for the unit, and the answer says which days it looked at.
        await SendAsync("nộp báo cáo 6 tháng");
        Assert.Equal(string.Format(ReportTexts.NothingOpen, "22/09/2026", "19/02/2027"), (await connector.NextCallAsync()).Text);
    }

    [Fact]
    public async Task Submit_PersonWithoutUnit_IsToldToAskToJoin()
    {
        await SendAsync("nộp báo cáo 6 tháng");
        Assert.Equal(AccessTexts.NeedMember, (await connector.NextCallAsync()).Text);
    }

    private async Task SendAsync(string text)
    {
        using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, text));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static string Unescape(string json) => JsonSerializer.Deserialize<JsonNode>(json)!.ToJsonString(
        new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
