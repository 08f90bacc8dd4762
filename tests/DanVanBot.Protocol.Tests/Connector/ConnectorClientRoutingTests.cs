using System.Text.Json;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class ConnectorClientRoutingTests : IAsyncLifetime
{
    private LoopbackConnector _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("a:1p0i;messageid=12", "/v3/conversations/a%3A1p0i%3Bmessageid%3D12/activities")]
    [InlineData("19:abc@thread.tacv2", "/v3/conversations/19%3Aabc%40thread.tacv2/activities")]
    [InlineData("19:abc@thread.tacv2;messageid=1712345", "/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712345/activities")]
    public async Task SendAsync_TeamsConversationId_IsEscapedAsOnePathSegment(string conversationId, string expectedTarget)
    {
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, conversationId, ConnectorClients.Message(), CancellationToken.None);

        Assert.True(result.Succeeded);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(expectedTarget, request.RawTarget);
    }

    [Theory]
    [InlineData("/_connector", "/_connector/v3/conversations/a%3A1/activities")]
    [InlineData("/_connector/", "/_connector/v3/conversations/a%3A1/activities")]
    [InlineData("/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/", "/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/v3/conversations/a%3A1/activities")]
    [InlineData("", "/v3/conversations/a%3A1/activities")]
    public async Task SendAsync_ServiceUrlWithPath_KeepsThePath(string servicePath, string expectedTarget)
    {
        var client = ConnectorClients.Create(new CountingTokenProvider());

        await client.SendAsync(_server.BaseUrl + servicePath, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(expectedTarget, Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task ReplyAsync_ThreadReply_PostsToTheEscapedActivity()
    {
        var client = ConnectorClients.Create(new CountingTokenProvider());

        await client.ReplyAsync(_server.BaseUrl, "19:abc@thread.tacv2", "f:17/1", ConnectorClients.Message(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2/activities/f%3A17%2F1", request.RawTarget);
    }

    [Fact]
    public async Task UpdateAsync_ExistingActivity_UsesPutWithTheActivityBody()
    {
        _server.Answer(new ScriptedResponse(200, """{"id":"1712345"}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());
        var activity = ConnectorClients.Message("Đã cập nhật báo cáo");
        activity.Id = "1712345";

        var result = await client.UpdateAsync(_server.BaseUrl, "a:1", "1712345", activity, CancellationToken.None);

        Assert.Equal("1712345", result.Value?.Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3A1/activities/1712345", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("Đã cập nhật báo cáo", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_ReturnsTheNewConversationId()
    {
        _server.Answer(new ScriptedResponse(201, """{"id":"a:1p0iNEW","activityId":"177"}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-guid",
        };

        var result = await client.CreateConversationAsync(_server.BaseUrl + "/teams/", parameters, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal("a:1p0iNEW", result.Value?.Id);
        Assert.Equal("177", result.Value?.ActivityId);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-guid", body.RootElement.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task SendAsync_AllowedHost_SendsTheTokenAsBearer()
    {
        var tokens = new CountingTokenProvider("secret-token");
        var client = ConnectorClients.Create(tokens);

        await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal("Bearer secret-token", Assert.Single(_server.Requests).Authorization);
        Assert.Equal(1, tokens.Calls);
    }

    [Fact]
    public async Task SendAsync_DevModeWithoutToken_SendsNoAuthorizationHeader()
    {
        var client = ConnectorClients.Create(new AnonymousBotTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Null(Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task SendAsync_LoopbackOutsideDevelopment_IsRefusedBeforeTokenOrRequest()
    {
        var tokens = new CountingTokenProvider();
        var client = ConnectorClients.Create(tokens, development: false);

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.HostNotAllowed, result.Outcome);
        Assert.Equal(0, tokens.Calls);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("https://attacker.example.com/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("not a url")]
    public async Task CreateConversationAsync_DisallowedServiceUrl_NeverFetchesAToken(string serviceUrl)
    {
        var tokens = new CountingTokenProvider();
        var client = ConnectorClients.Create(tokens);

        var result = await client.CreateConversationAsync(serviceUrl, new ConversationParameters(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.HostNotAllowed, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Equal(0, tokens.Calls);
    }
}
