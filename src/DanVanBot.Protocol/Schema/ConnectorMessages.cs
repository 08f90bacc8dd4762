using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVanBot.Protocol.Schema;

/// <summary>Connector answer to a send, reply or update: the id of the stored message.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);

/// <summary>Body of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool IsGroup { get; set; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }
    [JsonPropertyName("members")] public List<ChannelAccount>? Members { get; set; }
    [JsonPropertyName("topicName")] public string? TopicName { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("activity")] public Activity? Activity { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
}

public sealed record ConversationResourceResponse(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("activityId")] string? ActivityId,
    [property: JsonPropertyName("serviceUrl")] string? ServiceUrl);

/// <summary>Body of an answer to an <c>adaptiveCard/action</c> invoke.</summary>
public sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] JsonElement Value);
