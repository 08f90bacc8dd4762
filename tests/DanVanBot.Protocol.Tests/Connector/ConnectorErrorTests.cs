using System.Net;
using DanVanBot.Protocol.Connector;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class ConnectorErrorTests
{
    [Theory]
    [InlineData("""{"error":{"code":"ConversationNotFound","message":"gone"}}""", "ConversationNotFound", "gone")]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}""", "MessageWritesBlocked", """{"subCode":"MessageWritesBlocked"}""")]
    [InlineData("""{"errorCode":209,"message":"plain text"}""", "209", "plain text")]
    [InlineData("""{"code":"BadSyntax","message":"Incorrect conversation creation parameters"}""", "BadSyntax", "Incorrect conversation creation parameters")]
    [InlineData("<html>Bad Gateway</html>", null, "<html>Bad Gateway</html>")]
    [InlineData("", null, null)]
    [InlineData("[1,2]", null, "[1,2]")]
    public void Parse_EitherErrorShape_ReadsCodeAndMessage(string body, string? code, string? message)
    {
        var error = ConnectorError.Parse(body);

        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "conversationblockedbyuser", ConnectorOutcome.BlockedByUser)]
    [InlineData(HttpStatusCode.Forbidden, "InvalidBotApiHost", ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.Forbidden, null, ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", ConnectorOutcome.ConversationGone)]
    [InlineData(HttpStatusCode.BadRequest, "ConversationNotFound", ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, null, ConnectorOutcome.TooLarge)]
    [InlineData(HttpStatusCode.TooManyRequests, "Throttled", ConnectorOutcome.Throttled)]
    [InlineData(HttpStatusCode.Unauthorized, "BotNotRegistered", ConnectorOutcome.Failed)]
    public void For_StatusAndCode_PicksTheOutcome(HttpStatusCode status, string? code, ConnectorOutcome expected)
    {
        Assert.Equal(expected, ConnectorOutcomeMap.For(status, code));
    }
}
