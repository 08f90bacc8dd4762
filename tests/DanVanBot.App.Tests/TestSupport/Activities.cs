using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>Teams-shaped inbound activities, as the Playground and Teams send them.</summary>
public static class Activities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:bot-app-id";

    public static JsonObject Message(string serviceUrl, string text, string conversationId = "a:personal-1", string userAad = "00000000-0000-0000-0000-0000000000a1") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-21T08:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Nguyễn Văn An", ["aadObjectId"] = userAad },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "DanVanBot" },
        ["textFormat"] = "plain",
        ["text"] = text,
        ["locale"] = "vi-VN",
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "vi-VN", ["platform"] = "Web", ["timezone"] = "Asia/Saigon" }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public static JsonObject BotAdded(string serviceUrl, string conversationId = "a:personal-1")
    {
        var activity = Message(serviceUrl, "", conversationId);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "29:user-1" },
            new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject data, string conversationId = "a:personal-1")
    {
        var activity = Message(serviceUrl, "", conversationId);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["replyToId"] = "card-message-1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        };
        return activity;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient http, Uri url, JsonObject activity, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(activity) };
        if (bearer is not null) request.Headers.Authorization = new("Bearer", bearer);
        return http.SendAsync(request);
    }
}
