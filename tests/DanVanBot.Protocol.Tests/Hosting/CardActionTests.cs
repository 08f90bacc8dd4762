using System.Text.Json;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;
using DanVanBot.Protocol.Tests.Schema;

namespace DanVanBot.Protocol.Tests.Hosting;

public sealed class CardActionTests
{
    [Fact]
    public void TryRead_ActionExecuteInvoke_ReadsVerbAndData()
    {
        var activity = JsonSerializer.Deserialize(TeamsPayloads.Invoke, ProtocolJsonContext.Default.Activity)!;

        var action = CardAction.TryRead(activity);

        Assert.NotNull(action);
        Assert.Equal("profile.setUnit", action.Verb);
        Assert.Equal("u-17", action.GetString("unitId"));
        Assert.True(action.IsInvoke);
    }

    [Fact]
    public void TryRead_ActionSubmitMessage_ReadsVerbFromValue()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Value = JsonDocument.Parse("""{"verb":"obligation.setDate","obligationId":"o1","dueDate":"2026-12-01"}""").RootElement,
        };

        var action = CardAction.TryRead(activity);

        Assert.Equal("obligation.setDate", action?.Verb);
        Assert.Equal("2026-12-01", action?.GetString("dueDate"));
        Assert.False(action?.IsInvoke);
    }

    [Theory]
    [InlineData("""{"type":"invoke","name":"task/fetch","value":{"action":{"verb":"x"}}}""")]
    [InlineData("""{"type":"invoke","name":"adaptiveCard/action","value":"not an object"}""")]
    [InlineData("""{"type":"invoke","name":"adaptiveCard/action","value":{"noAction":true}}""")]
    [InlineData("""{"type":"message","text":"hello","value":{"verb":"x"}}""")]
    [InlineData("""{"type":"message","value":{"noVerb":1}}""")]
    public void TryRead_NotACardAction_ReturnsNull(string json)
    {
        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        Assert.Null(CardAction.TryRead(activity));
    }
}
