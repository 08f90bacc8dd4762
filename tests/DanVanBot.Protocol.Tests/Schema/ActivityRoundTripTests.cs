using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Tests.Schema;

public sealed class ActivityRoundTripTests
{
    public static TheoryData<string, string> Payloads => new()
    {
        { "message", TeamsPayloads.Message },
        { "channel message", TeamsPayloads.ChannelMessageWithMention },
        { "conversationUpdate", TeamsPayloads.ConversationUpdate },
        { "installationUpdate", TeamsPayloads.InstallationUpdate },
        { "invoke", TeamsPayloads.Invoke },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Deserialize_ThenSerialize_KeepsEveryField(string kind, string json)
    {
        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity);
        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        var expected = WithoutNulls(JsonNode.Parse(json));
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{kind} changed in the round trip:\n{written}");
    }

    [Fact]
    public void Deserialize_Message_TypesTheFieldsTheBotUses()
    {
        var activity = JsonSerializer.Deserialize(TeamsPayloads.Message, ProtocolJsonContext.Default.Activity)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("7faf8ab2-7e24-4c1e-9b0a-1b2a3c4d5e6f", activity.From!.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal(4, activity.Entities!.Count);
        Assert.True(activity.Extra!.ContainsKey("someBrandNewTopLevelField"));
    }

    [Fact]
    public void Deserialize_NullValuesInsideUnknownFields_AreKept()
    {
        var activity = JsonSerializer.Deserialize(TeamsPayloads.Message, ProtocolJsonContext.Default.Activity)!;
        var unknown = activity.Extra!["someBrandNewTopLevelField"];
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("a")[2].GetProperty("b").ValueKind);
    }

    /// <summary>Top-level and typed-object nulls are dropped on write (WhenWritingNull); that is equivalent on the wire.</summary>
    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null && IsTypedLevel(obj)).Select(p => p.Key).ToList()) obj.Remove(key);
            foreach (var (_, value) in obj) WithoutNulls(value);
        }
        return node;
    }

    // Nulls are only dropped where a typed property was null; inside JsonElement payloads (value, channelData) they stay.
    private static bool IsTypedLevel(JsonObject obj) => obj.Parent is null || obj.GetPropertyName() is "from" or "recipient" or "conversation";
}
