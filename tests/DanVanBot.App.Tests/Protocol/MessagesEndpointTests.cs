using System.Net.Http.Json;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Protocol;

/// <summary>/api/messages over real HTTP, in Development with no app id (the loopback bypass).</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private RunningBot bot = null!;
    private FakeConnector connector = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await RunningBot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"type\": 5}")]
    [InlineData("{\"type\": \"\"}")]
    [InlineData("{\"type\": \"message\", \"from\": \"not an object\"}")]
    [InlineData("")]
    public async Task Post_BodyIsNotAnActivity_Returns400AndSendsNothing(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(bot.MessagesUrl, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Return405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), bot.MessagesUrl);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Message_WithUnknownFieldsAndEntities_Returns202AndRepliesThroughConnector()
    {
        var activity = Activities.Message(connector.ServiceUrl, "trợ giúp");
        activity["someFutureField"] = new JsonObject { ["nested"] = true };
        ((JsonArray)activity["entities"]!).Add(new JsonObject { ["type"] = "QuotedReply", ["quotedMessageId"] = "1" });

        using var response = await http.PostAsync(bot.MessagesUrl, activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = await connector.NextCallAsync();
        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("/_connector/v3/conversations/a%3Apersonal-1/activities", reply.Path);
        Assert.Equal("", reply.Authorization); // dev mode: no app id, so no token anywhere
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_AnsweredOnce()
    {
        var activity = Activities.Message(connector.ServiceUrl, "trợ giúp");

        using (var first = await http.PostAsync(bot.MessagesUrl, activity)) Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        using (var second = await http.PostAsync(bot.MessagesUrl, activity)) Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);

        await connector.NextCallAsync();
        var again = await Record.ExceptionAsync(() => connector.NextCallAsync(TimeSpan.FromSeconds(2)));
        Assert.IsAssignableFrom<OperationCanceledException>(again);
    }

    [Fact]
    public async Task UnknownInvoke_Returns501()
    {
        var activity = Activities.Message(connector.ServiceUrl, "");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/unknownThing";
        activity.Remove("text");

        using var response = await http.PostAsync(bot.MessagesUrl, activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task AnyActivity_StoresConversationReference_WithCurrentServiceUrl()
    {
        using (await http.PostAsync(bot.MessagesUrl, Activities.BotAdded(connector.ServiceUrl, "a:ref-1"))) { }
        await connector.NextCallAsync(); // the welcome card: the turn has run

        var store = bot.Services.CreateScope().ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        var stored = await store.FindAsync("a:ref-1");

        Assert.NotNull(stored);
        Assert.Equal(connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(Activities.TenantId, stored.TenantId);
        Assert.Equal("00000000-0000-0000-0000-0000000000a1", stored.UserAadObjectId);
    }

    [Fact]
    public async Task ExpectRepliesDeliveryMode_Returns400()
    {
        var activity = Activities.Message(connector.ServiceUrl, "trợ giúp");
        activity["deliveryMode"] = "expectReplies";
        using var response = await http.PostAsync(bot.MessagesUrl, activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BotAddedToPersonalChat_SendsWelcomeCardWithSummary()
    {
        using var response = await http.PostAsync(bot.MessagesUrl, Activities.BotAdded(connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var welcome = await connector.NextCallAsync();
        Assert.NotNull(welcome.FirstCard);
        Assert.False(string.IsNullOrWhiteSpace(welcome.Summary));
        Assert.Contains(BotTexts.WelcomeHeading, welcome.AllText, StringComparison.Ordinal);
        Assert.Null(welcome.Text); // text beside a card would make Teams split the message in two
        Assert.True(Encoding.UTF8.GetByteCount(welcome.Body.GetRawText()) < 28 * 1024);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Message_WithoutConversationId_Returns400AndSendsNothing(string? conversationId)
    {
        var activity = Activities.Message(connector.ServiceUrl, "trợ giúp");
        activity["conversation"]!["id"] = conversationId;

        using var response = await http.PostAsync(bot.MessagesUrl, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Message_WithoutConversation_Returns400()
    {
        var activity = Activities.Message(connector.ServiceUrl, "trợ giúp");
        activity.Remove("conversation");

        using var response = await http.PostAsync(bot.MessagesUrl, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("Forwarded", "for=127.0.0.1")]
    public async Task DevBypass_RequestCarryingProxyHeaders_401(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagesUrl)
        {
            Content = JsonContent.Create(Activities.Message(connector.ServiceUrl, "trợ giúp")),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task DevBypass_WithForwardedHeadersEnabled_RefusesEvenAPlainLoopbackRequest()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true: the address comes from X-Forwarded-For, which anyone can send.
        await using var forwarding = await RunningBot.StartAsync(new Dictionary<string, string?> { ["FORWARDEDHEADERS_ENABLED"] = "true" });
        using var request = new HttpRequestMessage(HttpMethod.Post, forwarding.MessagesUrl)
        {
            Content = JsonContent.Create(Activities.Message(connector.ServiceUrl, "trợ giúp")),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "127.0.0.1");

        using var forged = await http.SendAsync(request);
        using var plain = await http.PostAsync(forwarding.MessagesUrl, Activities.Message(connector.ServiceUrl, "trợ giúp"));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, plain.StatusCode);
        Assert.Empty(connector.Calls);
    }
}
