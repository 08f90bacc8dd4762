using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Roster;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Roster;

/// <summary>
/// Joining a unit from chat over real HTTP: the newcomer searches (without diacritics) and asks; the unit's head and
/// the organisation's coordinator get the card in their own chats; someone else's "Duyệt" changes nothing; the
/// head's approval makes a member, the newcomer is told, and a second decision is refused as already made.
/// </summary>
public sealed class JoinRequestChatTests : IAsyncLifetime
{
    private RunningBot bot = null!;
    private FakeConnector connector = null!;
    private RosterChat chat = null!;
    private UnitInfo wards = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await RunningBot.StartAsync();
        chat = new RosterChat(bot, connector);
        wards = await RosterSeeding.GrantAsync(bot.Services, RosterChat.Aad("head"), "UBND Quận 7", "UBND 10 Phường", RosterRole.UnitHead, "head");
        await RosterSeeding.GrantAsync(bot.Services, RosterChat.Aad("coordinator"), "UBND Quận 7", "Phòng Nội vụ", RosterRole.Coordinator, "coordinator");
        await RosterSeeding.GrantAsync(bot.Services, RosterChat.Aad("member"), "UBND Quận 7", "Phòng Nội vụ", RosterRole.Member, "member");
        await chat.MeetAsync("head");
        await chat.MeetAsync("coordinator");
    }

    public async Task DisposeAsync()
    {
        chat.Dispose();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private IRosterStore Roster => bot.Services.GetRequiredService<IRosterStore>();

    [Fact]
    public async Task Search_WithoutDiacritics_FindsTheUnitOnTheSameCardWithTheQueryKept()
    {
        var answer = await chat.PressAsync("newcomer", JoinSearchHandler.Verb, new JsonObject { ["query"] = "ubnd 10 phuong" });

        var card = answer.GetProperty("value");
        var body = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("ubnd 10 phuong", body.Single(e => Id(e) == "query").GetProperty("value").GetString());
        var choices = body.Single(e => Id(e) == "unitId").GetProperty("choices").EnumerateArray().ToList();
        Assert.Equal(wards.Id.ToString(), choices[0].GetProperty("value").GetString());
        Assert.Equal("UBND 10 Phường — UBND Quận 7", choices[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Request_NoUnitChosen_ComesBackWithTheProblemAndTheQueryKept()
    {
        var answer = await chat.PressAsync("newcomer", JoinRequestHandler.Verb, new JsonObject { ["query"] = "noi vu", ["role"] = "member" });

        var body = answer.GetProperty("value").GetProperty("body").EnumerateArray().ToList();
        Assert.Contains(body, e => e.TryGetProperty("text", out var t) && t.GetString() == RosterTexts.UnitMissing);
        Assert.Equal("noi vu", body.Single(e => Id(e) == "query").GetProperty("value").GetString());
        Assert.Empty(await Roster.ListAsync(wards.OrganisationId) is var all ? all.Where(e => e.Status == "pending") : []);
    }

    [Fact]
    public async Task Request_CoordinatorRole_IsRefusedOnTheCard()
    {
        var answer = await chat.PressAsync("newcomer", JoinRequestHandler.Verb,
            new JsonObject { ["query"] = "noi vu", ["unitId"] = wards.Id.ToString(), ["role"] = "coordinator" });

        var body = answer.GetProperty("value").GetProperty("body").EnumerateArray().ToList();
        Assert.Contains(body, e => e.TryGetProperty("text", out var t) && t.GetString() == RosterTexts.RoleInvalid);
        Assert.DoesNotContain(await Roster.ListAsync(), e => e.Status == "pending");
    }

    [Fact]
    public async Task Request_ThenOutsiderApproves_ThenHeadApproves_ThenCoordinatorRejects()
    {
        var sent = await chat.PressAsync("newcomer", JoinRequestHandler.Verb,
            new JsonObject { ["query"] = "10 phuong", ["unitId"] = wards.Id.ToString(), ["role"] = "member" });
        var expected = string.Format(RosterTexts.RequestSent, "UBND 10 Phường — UBND Quận 7", RosterTexts.RoleMember, 2);
        Assert.Equal(expected, sent.GetProperty("value").GetString());
        var calls = new[] { await connector.NextCallAsync(), await connector.NextCallAsync(), await connector.NextCallAsync() };
        Assert.Contains(calls, c => c.Text == expected && c.Path.Contains("a%3Anewcomer", StringComparison.Ordinal));
        var cards = calls.Where(c => c.Summary == string.Format(RosterTexts.ApprovalSummary, "newcomer")).ToList();
        Assert.Equal(["a%3Acoordinator", "a%3Ahead"], cards.Select(c => c.Path.Split('/')[^2]).Order(StringComparer.Ordinal));
        var requestId = cards[0].FirstCard!.Value.GetProperty("actions")[0].GetProperty("data").GetProperty("requestId").GetString()!;

        var outsider = await chat.PressAsync("member", JoinDecisionHandler.ApproveVerb, new JsonObject { ["requestId"] = requestId });
        Assert.Equal(string.Format(AccessTexts.NeedApprover, "UBND 10 Phường", "UBND Quận 7"), outsider.GetProperty("value").GetString());
        Assert.Equal(JoinRequestStatus.Pending, (await Roster.FindJoinRequestAsync(Guid.Parse(requestId)))!.Status);
        Assert.Empty((await Roster.FindByAadObjectIdAsync(RosterChat.Aad("newcomer")))!.Memberships);

        var approved = await chat.PressAsync("head", JoinDecisionHandler.ApproveVerb, new JsonObject { ["requestId"] = requestId });
        Assert.Contains("Đã duyệt bởi head", Strings(approved), StringComparison.Ordinal);
        Assert.DoesNotContain("roster.approve", Strings(approved.GetProperty("value").TryGetProperty("actions", out var buttons) ? buttons : default), StringComparison.Ordinal);
        var told = await connector.NextCallAsync();
        Assert.Equal(string.Format(RosterTexts.ToldApproved, "UBND 10 Phường — UBND Quận 7", "head"), told.Text);
        Assert.Contains("a%3Anewcomer", told.Path, StringComparison.Ordinal);
        var membership = Assert.Single((await Roster.FindByAadObjectIdAsync(RosterChat.Aad("newcomer")))!.Memberships);
        Assert.Equal((wards.Id, RosterRole.Member), (membership.Membership.UnitId, membership.Membership.Role));

        var late = await chat.PressAsync("coordinator", JoinDecisionHandler.RejectVerb, new JsonObject { ["requestId"] = requestId });
        Assert.Contains("đã được xử lý", Strings(late), StringComparison.Ordinal);
        Assert.Single((await Roster.FindByAadObjectIdAsync(RosterChat.Aad("newcomer")))!.Memberships);

        // Now a member: the question about "my unit" is answered for the unit.
        var tasks = await chat.SayAsync("newcomer", "nhiệm vụ của đơn vị tôi");
        Assert.Contains("UBND 10 Phường", tasks.AllText, StringComparison.Ordinal);
    }

    /// <summary>Every string in the element, unescaped: what a reader of the card sees.</summary>
    private static string Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join('\n', element.EnumerateObject().Select(p => Strings(p.Value))),
        JsonValueKind.Array => string.Join('\n', element.EnumerateArray().Select(Strings)),
        _ => "",
    };

    private static string? Id(JsonElement element) => element.TryGetProperty("id", out var id) ? id.GetString() : null;
}
