using System.Net;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Tests.TestSupport;
using DanVanBot.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.App.Tests.Protocol;

/// <summary>
/// The bot with an app id: every request must carry a Bot Framework token, checked against a
/// local OpenID metadata endpoint serving our own signing keys.
/// </summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private AuthTestKit kit = null!;
    private FakeConnector connector = null!;
    private readonly CountingTokenProvider outboundTokens = new();
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

    private Task<RunningBot> StartBotAsync(string environment = "Development") => RunningBot.StartAsync(
        new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = kit.AppId,
            ["Bot:MicrosoftAppType"] = "MultiTenant",
            ["Bot:MicrosoftAppPassword"] = "not-used-the-token-provider-is-replaced",
            ["Bot:ChannelOpenIdMetadataUrl"] = kit.MetadataUrl,
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = kit.EntraMetadataUrlTemplate,
        },
        environment,
        services => services.Replace(ServiceDescriptor.Singleton<IBotTokenProvider>(outboundTokens)));

    [Fact]
    public async Task ValidChannelToken_Accepted_AndReplyCarriesOutboundToken()
    {
        await using var bot = await StartBotAsync();
        var activity = Activities.Message(connector.ServiceUrl, "trợ giúp");

        using var response = await http.PostAsync(bot.MessagesUrl, activity, kit.CreateChannelToken(connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = await connector.NextCallAsync();
        Assert.Equal("Bearer " + CountingTokenProvider.Token, reply.Authorization);
    }

    [Fact]
    public async Task NoToken_401_NoTurnAndNoOutboundCall()
    {
        await using var bot = await StartBotAsync();

        using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, "trợ giúp"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task TokenForAnotherServiceUrl_401_NothingSentToTheActivitysServiceUrl()
    {
        await using var bot = await StartBotAsync();
        var token = kit.CreateChannelToken("https://smba.trafficmanager.net/emea/");

        using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, "trợ giúp"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task ForgedToken_SignedWithUnpublishedKey_401()
    {
        await using var bot = await StartBotAsync();
        var forged = kit.CreateChannelToken(connector.ServiceUrl, spec => spec.SigningKey = AuthTestKit.CreateUnpublishedKey(["msteams"]));

        using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, "trợ giúp"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentAsync();
    }

    [Fact]
    public async Task Production_ValidTokenButServiceUrlOutsideAllowList_401_NoTurnNothingStored()
    {
        // Spec §6 case 21: a token valid for an address the Connector would refuse (loopback http in Production) is
        // refused before any observer or handler runs: no conversation reference with that address is stored.
        await using var bot = await StartBotAsync(environment: "Production");
        var activity = Activities.Message(connector.ServiceUrl, "trợ giúp", conversationId: "a:case-21");

        using var response = await http.PostAsync(bot.MessagesUrl, activity, kit.CreateChannelToken(connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var scope = bot.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync("a:case-21"));
        Assert.Equal(0, outboundTokens.Calls);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task TokenWithKidOfEndorsedKeyButSignedByUnendorsedKey_401()
    {
        // Spec §6 case 22 with kid and x5t naming different keys; the unendorsed key is first in the JWKS.
        kit.RemoveChannelKey(kit.ChannelKey);
        var unendorsed = kit.AddChannelKey(["webchat"]);
        var endorsed = kit.AddChannelKey(["msteams"]);
        await using var bot = await StartBotAsync();

        using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, "trợ giúp"),
            kit.CreateSplitKeyIdToken(kidKey: endorsed, signer: unendorsed, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Production_WithoutAppId_RefusesToStart()
    {
        var error = await Record.ExceptionAsync(() => RunningBot.StartAsync(environment: "Production"));

        Assert.NotNull(error);
        Assert.Contains("MicrosoftAppId", error.ToString(), StringComparison.Ordinal);
    }

    private async Task AssertNothingSentAsync()
    {
        // The queue runs turns in the background: give a (wrongly) accepted turn time to reach the Connector.
        var late = await Record.ExceptionAsync(() => connector.NextCallAsync(TimeSpan.FromSeconds(2)));
        Assert.IsAssignableFrom<OperationCanceledException>(late);
        Assert.Empty(connector.Calls);
    }
}
