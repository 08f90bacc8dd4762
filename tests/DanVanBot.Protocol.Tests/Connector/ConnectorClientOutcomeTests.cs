using DanVanBot.Protocol.Connector;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class ConnectorClientOutcomeTests : IAsyncLifetime
{
    private LoopbackConnector _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<int, string, ConnectorOutcome, string> ErrorBodies => new()
    {
        { 403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", ConnectorOutcome.BlockedByUser, "ConversationBlockedByUser" },
        { 403, """{"errorCode":209,"message":"{\"message\":\"Cannot send messages\",\"details\":\"Bot blocked\",\"subCode\":\"MessageWritesBlocked\"}"}""", ConnectorOutcome.BlockedByUser, "MessageWritesBlocked" },
        { 403, """{"error":{"code":"BotDisabledByAdmin","message":"The tenant admin disabled this bot"}}""", ConnectorOutcome.DisabledByAdmin, "BotDisabledByAdmin" },
        { 403, """{"errorCode":"BotDisabledByAdmin","message":"The tenant admin disabled this bot"}""", ConnectorOutcome.DisabledByAdmin, "BotDisabledByAdmin" },
        { 403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", ConnectorOutcome.NotInstalled, "BotNotInConversationRoster" },
        { 403, """{"error":{"code":"ForbiddenOperationException","message":"Bot is not installed in user's personal scope"}}""", ConnectorOutcome.NotInstalled, "ForbiddenOperationException" },
        { 403, """{"error":{"code":"NotEnoughPermissions","message":"Missing RSC"}}""", ConnectorOutcome.Failed, "NotEnoughPermissions" },
        { 404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", ConnectorOutcome.ConversationGone, "ConversationNotFound" },
        { 404, """{"error":{"code":"ActivityNotFoundInConversation","message":"Unknown activity"}}""", ConnectorOutcome.ConversationGone, "ActivityNotFoundInConversation" },
        { 413, """{"error":{"code":"MessageSizeTooBig","message":"Message size too large."}}""", ConnectorOutcome.TooLarge, "MessageSizeTooBig" },
        { 400, """{"error":{"code":"BadArgument","message":"Activity.From field is required"}}""", ConnectorOutcome.Failed, "BadArgument" },
        { 500, """{"error":{"code":"ServiceError","message":"Unknown"}}""", ConnectorOutcome.Failed, "ServiceError" },
    };

    [Theory]
    [MemberData(nameof(ErrorBodies))]
    public async Task SendAsync_TeamsErrorBody_MapsToTypedOutcome(int status, string body, ConnectorOutcome expected, string code)
    {
        _server.Answer(new ScriptedResponse(status, body));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(code, result.ErrorCode);
        Assert.False(string.IsNullOrEmpty(result.ErrorMessage));
    }

    [Fact]
    public async Task SendAsync_AcceptedWithEmptyBody_SucceedsWithoutId()
    {
        _server.Answer(202);
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal(202, result.StatusCode);
        Assert.Null(result.Value?.Id);
    }

    [Fact]
    public async Task SendAsync_NotFoundWithoutKnownCode_IsFailedNotGone()
    {
        _server.Answer(new ScriptedResponse(404, "<html>Not Found</html>"));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Null(result.ErrorCode);
    }
}
