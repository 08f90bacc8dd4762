using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Client;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000a1";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private LoopbackConnector _entra = null!;

    public async Task InitializeAsync() => _entra = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    [Theory]
    [InlineData(BotAppType.MultiTenant, null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(BotAppType.MultiTenant, TenantId, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(BotAppType.SingleTenant, TenantId, "https://login.microsoftonline.com/" + TenantId)]
    public void For_AppType_PicksTheAuthority(BotAppType appType, string? tenantId, string expected)
    {
        var options = new ConnectorOptions { MicrosoftAppType = appType, MicrosoftAppTenantId = tenantId };

        Assert.Equal(expected, BotAuthority.For(options));
    }

    [Fact]
    public void For_SingleTenantWithoutTenant_Throws()
    {
        Assert.Throws<InvalidOperationException>(() =>
            BotAuthority.For(new ConnectorOptions { MicrosoftAppType = BotAppType.SingleTenant }));
    }

    [Fact]
    public void GetApplication_ManyProvidersSameIdentity_ShareOneMsalApplication()
    {
        var cache = new MsalApplicationCache();
        var first = CreateProvider(Secret(), cache);
        var second = CreateProvider(Secret(), cache);
        var singleTenant = CreateProvider(Secret(BotAppType.SingleTenant), cache);

        var app = first.GetApplication();

        Assert.Same(app, first.GetApplication());
        Assert.Same(app, second.GetApplication());
        Assert.NotSame(app, singleTenant.GetApplication());
        Assert.Equal(2, cache.Count);
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, "/botframework.com/oauth2/v2.0/token")]
    [InlineData(BotAppType.SingleTenant, "/" + TenantId + "/oauth2/v2.0/token")]
    public async Task GetTokenAsync_ClientSecret_AsksTheAuthorityForTheBotFrameworkScope(BotAppType appType, string expectedPath)
    {
        _entra.Answer(TokenResponse("tok-1"));
        var provider = CreateProvider(Secret(appType), new MsalApplicationCache(), RedirectToLoopback());

        var token = await provider.GetTokenAsync(forceRefresh: false, CancellationToken.None);

        Assert.Equal("tok-1", token);
        var request = Assert.Single(_entra.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(expectedPath, request.RawTarget);
        var form = ParseForm(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal(BotAuthority.Scope, form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_SecondCall_IsServedFromCacheUntilForcedToRefresh()
    {
        _entra.Answer(TokenResponse("tok-1"), TokenResponse("tok-2"));
        var provider = CreateProvider(Secret(), new MsalApplicationCache(), RedirectToLoopback());

        var first = await provider.GetTokenAsync(forceRefresh: false, CancellationToken.None);
        var cached = await provider.GetTokenAsync(forceRefresh: false, CancellationToken.None);
        Assert.Single(_entra.Requests);
        var refreshed = await provider.GetTokenAsync(forceRefresh: true, CancellationToken.None);

        Assert.Equal(new[] { "tok-1", "tok-1", "tok-2" }, new[] { first, cached, refreshed });
        Assert.Equal(2, _entra.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_TemporarilyUnavailable_IsRetried()
    {
        _entra.Answer(new ScriptedResponse(400, """{"error":"temporarily_unavailable","error_description":"busy"}"""), TokenResponse("tok-ok"));
        var provider = CreateProvider(Secret(), new MsalApplicationCache(), RedirectToLoopback());

        var token = await provider.GetTokenAsync(forceRefresh: false, CancellationToken.None);

        Assert.Equal("tok-ok", token);
        Assert.Equal(2, _entra.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_InvalidClient_ThrowsBotTokenExceptionWithoutRetrying()
    {
        _entra.Answer(new ScriptedResponse(401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret"}"""),
            TokenResponse("must-not-be-reached"));
        var provider = CreateProvider(Secret(), new MsalApplicationCache(), RedirectToLoopback());

        var ex = await Assert.ThrowsAsync<BotTokenException>(
            async () => await provider.GetTokenAsync(forceRefresh: false, CancellationToken.None));

        Assert.Equal("invalid_client", ex.ErrorCode);
        Assert.Single(_entra.Requests);
    }

    private static ConnectorOptions Secret(BotAppType appType = BotAppType.MultiTenant) => new()
    {
        MicrosoftAppId = AppId,
        MicrosoftAppPassword = "s3cret",
        MicrosoftAppType = appType,
        MicrosoftAppTenantId = TenantId,
    };

    private static MsalBotTokenProvider CreateProvider(
        ConnectorOptions options, MsalApplicationCache cache, Action<ConfidentialClientApplicationBuilder>? customise = null) =>
        new(options, cache, TimeProvider.System, NullLogger<MsalBotTokenProvider>.Instance, customise);

    // MSAL only talks https to real authorities; the test keeps the real authority URL and moves the
    // socket to the loopback listener, with instance discovery off because it would need the internet.
    private Action<ConfidentialClientApplicationBuilder> RedirectToLoopback() => builder => builder
        .WithHttpClientFactory(new LoopbackMsalHttpClientFactory(new Uri(_entra.BaseUrl)))
        .WithInstanceDiscovery(false);

    private static ScriptedResponse TokenResponse(string token) =>
        new(200, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{token}}"}""");

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(parts => Uri.UnescapeDataString(parts[0]), parts => Uri.UnescapeDataString(parts[1].Replace('+', ' ')));
}

internal sealed class LoopbackMsalHttpClientFactory(Uri loopback) : IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(new RedirectHandler(loopback));

    public HttpClient GetHttpClient() => _client;

    private sealed class RedirectHandler(Uri loopback) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!)
            {
                Scheme = loopback.Scheme,
                Host = loopback.Host,
                Port = loopback.Port,
            }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
