using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Roster;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Roster;

/// <summary>
/// An administrator lists a team's members (the Connector's paged members API, played by the fake Connector) on a
/// card and assigns several to a unit in one go; a coordinator pressing the same button changes nothing.
/// </summary>
public sealed class TeamMembersChatTests : IAsyncLifetime
{
    private const string Team = "19:team-quan7@thread.tacv2";
    private RunningBot bot = null!;
    private FakeConnector connector = null!;
    private RosterChat chat = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        connector.Members.Add(new { id = "29:an", name = "Nguyễn Văn An", objectId = "6f3b4c1e-0000-4000-8000-0000000000a1", userPrincipalName = "an@quan7.gov.vn" });
        connector.Members.Add(new { id = "29:binh", name = "Trần Thị Bình", objectId = "6f3b4c1e-0000-4000-8000-0000000000b2", userPrincipalName = "binh@quan7.gov.vn" });
        bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Roster:Administrators:0"] = RosterChat.Aad("admin") });
        chat = new RosterChat(bot, connector);
        await RosterSeeding.GrantAsync(bot.Services, RosterChat.Aad("coordinator"), "UBND Quận 7", "Phòng Nội vụ", RosterRole.Coordinator);
    }

    public async Task DisposeAsync()
    {
        chat.Dispose();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private JsonObject InTeam(JsonObject activity)
    {
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["id"] = Team + ";messageid=1";
        activity["channelData"]!["team"] = new JsonObject { ["id"] = Team };
        return activity;
    }

    [Fact]
    public async Task Administrator_ListsTheTeamAndAssignsTwoMembersInOneGo()
    {
        using var http = new HttpClient();
        using (await http.PostAsync(bot.MessagesUrl, InTeam(chat.Message("admin", "<at>DanVanBot</at> thành viên nhóm")))) { }
        var card = await connector.NextCallAsync();
        Assert.Contains("Nguyễn Văn An — an@quan7.gov.vn", card.AllText, StringComparison.Ordinal);
        Assert.Contains("roster.assignMembers", card.AllText, StringComparison.Ordinal);

        using var response = await http.PostAsync(bot.MessagesUrl, InTeam(chat.Action("admin", AssignMembersHandler.Verb, new JsonObject
        {
            ["members"] = "6f3b4c1e-0000-4000-8000-0000000000a1,6f3b4c1e-0000-4000-8000-0000000000b2",
            ["unit"] = "van phong thong ke",
            ["role"] = "member",
        })));
        var answer = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);

        Assert.Equal(string.Format(RosterTexts.TeamAssigned, 2, "Văn phòng - Thống kê", "UBND phường Trương Quang Trọng", RosterTexts.RoleMember),
            answer.GetProperty("value").GetString());
        var binh = await bot.Services.GetRequiredService<IRosterStore>().FindByUpnAsync("binh@quan7.gov.vn");
        Assert.Equal(("6f3b4c1e-0000-4000-8000-0000000000b2", "Văn phòng - Thống kê"), (binh!.AadObjectId, Assert.Single(binh.Memberships).Membership.UnitName));
    }

    [Fact]
    public async Task Coordinator_PressingAssign_IsRefusedAndNothingIsWritten()
    {
        var before = await DatabaseSnapshot.TakeAsync(bot.Services);

        var answer = await chat.PressAsync("coordinator", AssignMembersHandler.Verb,
            new JsonObject { ["members"] = "6f3b4c1e-0000-4000-8000-0000000000a1", ["unit"] = "Văn phòng - Thống kê", ["role"] = "administrator" });

        Assert.Equal(string.Format(AccessTexts.NeedAdministrator, " của UBND phường Trương Quang Trọng"), answer.GetProperty("value").GetString());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(bot.Services));
    }
}
