using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Roster;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Tests.TestSupport;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.App.Tests.Roster;

/// <summary>
/// The roster's rules with authentication on (an app id, every request carrying a Bot Framework token signed by a
/// local key, never the development bypass): tenants, a self-declared coordinator, an outsider's approval.
/// </summary>
public sealed class AuthenticatedRosterTests : IAsyncLifetime
{
    private const string OtherTenant = "0d9f7c4e-1111-4222-8333-444455556666";
    private AuthTestKit kit = null!;
    private FakeConnector connector = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync()
    {
        kit = await AuthTestKit.StartAsync();
        connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await connector.DisposeAsync();
        await kit.DisposeAsync();
    }

    private Task<RunningBot> StartBotAsync(string allowedTenant) => RunningBot.StartAsync(
        new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = kit.AppId,
            ["Bot:MicrosoftAppType"] = "MultiTenant",
            ["Bot:MicrosoftAppPassword"] = "not-used-the-token-provider-is-replaced",
            ["Bot:ChannelOpenIdMetadataUrl"] = kit.MetadataUrl,
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = kit.EntraMetadataUrlTemplate,
            ["Bot:DangerouslyAllowUnauthenticatedLoopbackRequests"] = "false",
            ["Bot:AllowedTenants:0"] = allowedTenant,
        },
        "Development",
        services => services.Replace(ServiceDescriptor.Singleton<IBotTokenProvider>(new CountingTokenProvider())));

    private async Task<HttpResponseMessage> PostAsync(RunningBot bot, JsonObject activity) =>
        await http.PostAsync(bot.MessagesUrl, activity, kit.CreateChannelToken(connector.ServiceUrl));

    [Fact]
    public async Task OtherTenant_RosterMode_IsRefusedShortlyAndNothingIsStored()
    {
        // AllowedTenants empty: the tenants of the roster's organisations are served, here only Quận 7's.
        await using var bot = await StartBotAsync(allowedTenant: "");
        var organisations = bot.Services.GetRequiredService<IOrganisationStore>();
        await organisations.SetTenantAsync((await organisations.FindOrganisationByNameAsync("UBND Quận 7"))!.Id, Activities.TenantId);
        var chat = new RosterChat(bot, connector);
        var stranger = chat.Message("outsider", "tháng này có gì đến hạn");
        stranger["conversation"]!["tenantId"] = OtherTenant;
        stranger["channelData"]!["tenant"]!["id"] = OtherTenant;

        using (var response = await PostAsync(bot, stranger)) Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var refusal = await connector.NextCallToAsync(RosterChat.Conversation("outsider"));
        using (var served = await PostAsync(bot, chat.Message("insider", "tháng này có gì đến hạn")))
            Assert.Equal(HttpStatusCode.Accepted, served.StatusCode);
        var answer = await connector.NextCallToAsync(RosterChat.Conversation("insider"));

        Assert.Equal(AccessTexts.TenantNotServed, refusal.Text);
        Assert.Null(await bot.Services.GetRequiredService<IConversationReferenceStore>().FindAsync(RosterChat.Conversation("outsider")));
        Assert.Contains("Đến hạn", answer.AllText, StringComparison.Ordinal);
        Assert.NotNull(await bot.Services.GetRequiredService<IConversationReferenceStore>().FindAsync(RosterChat.Conversation("insider")));
        chat.Dispose();
    }

    [Fact]
    public async Task MemberWhoPicksTheCoordinatingUnit_DoesNotGetTheCoordinatorsViews()
    {
        await using var bot = await StartBotAsync(Activities.TenantId);
        using var chat = new RosterChat(bot, connector);
        var noiVu = await RosterSeeding.GrantAsync(bot.Services, RosterChat.Aad("head"), "UBND Quận 7", "Phòng Nội vụ", RosterRole.UnitHead, "head");
        using (await PostAsync(bot, chat.Message("head", "trợ giúp"))) { }
        await connector.NextCallToAsync(RosterChat.Conversation("head"));

        // The newcomer picks "Phòng Nội vụ", the coordinating unit, on the join card, and its head approves.
        using (await PostAsync(bot, chat.Action("newcomer", JoinRequestHandler.Verb,
                   new JsonObject { ["query"] = "noi vu", ["unitId"] = noiVu.Id.ToString(), ["role"] = "member" }))) { }
        var card = await connector.NextCallToAsync(RosterChat.Conversation("head"));
        var requestId = card.FirstCard!.Value.GetProperty("actions")[0].GetProperty("data").GetProperty("requestId").GetString()!;
        using (await PostAsync(bot, chat.Action("head", JoinDecisionHandler.ApproveVerb, new JsonObject { ["requestId"] = requestId }))) { }
        Assert.Single((await bot.Services.GetRequiredService<IRosterStore>().FindByAadObjectIdAsync(RosterChat.Aad("newcomer")))!.Memberships);

        // Already in the newcomer's chat, both sent within the invokes above: "request sent", then "approved".
        Assert.StartsWith("Đã gửi yêu cầu tham gia", (await connector.NextCallToAsync(RosterChat.Conversation("newcomer"))).Text, StringComparison.Ordinal);
        Assert.StartsWith("Yêu cầu tham gia", (await connector.NextCallToAsync(RosterChat.Conversation("newcomer"))).Text, StringComparison.Ordinal);

        using (await PostAsync(bot, chat.Message("newcomer", "đơn vị nào chưa nộp báo cáo"))) { }
        var missing = await connector.NextCallToAsync(RosterChat.Conversation("newcomer"));
        using (await PostAsync(bot, chat.Message("newcomer", "việc chưa có hạn"))) { }
        var undated = await connector.NextCallToAsync(RosterChat.Conversation("newcomer"));

        // "Missing" answers a member with their own unit's standing only (issue 15), never the coordinator's list of units.
        Assert.Contains("Tình hình nộp báo cáo của Phòng Nội vụ", missing.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Đơn vị chưa nộp báo cáo", missing.AllText, StringComparison.Ordinal);
        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "cơ quan"), undated.Text);
    }

    [Fact]
    public async Task ApprovalCardAnsweredByNeitherHeadNorCoordinator_ChangesNothing()
    {
        await using var bot = await StartBotAsync(Activities.TenantId);
        using var chat = new RosterChat(bot, connector);
        var wards = await RosterSeeding.GrantAsync(bot.Services, RosterChat.Aad("member"), "UBND Quận 7", "Phòng Nội vụ", RosterRole.Member, "member");
        var roster = bot.Services.GetRequiredService<IRosterStore>();
        var unit = await RosterSeeding.UnitAsync(bot.Services, "UBND Quận 7", "UBND 10 Phường");
        var request = await roster.RequestJoinAsync(new PersonIdentity(RosterChat.Aad("newcomer"), null, "newcomer"), unit.Id, RosterRole.Member, null,
            new Storage.Audit.AuditEntry("test", null, "roster.join.request", "seed"));
        var before = await DatabaseSnapshot.TakeAsync(bot.Services);

        using var response = await PostAsync(bot, chat.Action("member", JoinDecisionHandler.ApproveVerb, new JsonObject { ["requestId"] = request.RequestId.ToString() }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var value = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString();
        Assert.Equal(string.Format(AccessTexts.NeedApprover, "UBND 10 Phường", "UBND Quận 7"), value);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(bot.Services));
        Assert.Equal(JoinRequestStatus.Pending, (await roster.FindJoinRequestAsync(request.RequestId))!.Status);
        Assert.NotEqual(wards.Id, unit.Id);
    }
}
