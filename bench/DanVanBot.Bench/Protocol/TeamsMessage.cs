using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DanVanBot.Bench.Protocol;

/// <summary>A personal-chat Teams message from load user <c>user</c>, as the load generators post it.</summary>
public static class TeamsMessage
{
    private const string TenantId = "11111111-2222-4333-8444-555555555555";

    public static HttpRequestMessage Post(string id, string serviceUrl, int user, string text, string? token)
    {
        var activity = new
        {
            type = "message", id, timestamp = DateTimeOffset.UtcNow, serviceUrl, channelId = "msteams",
            from = new { id = $"29:load-user-{user}", name = "Nguyễn Văn An", aadObjectId = $"00000000-0000-4000-9000-{user:D12}" },
            conversation = new { conversationType = "personal", tenantId = TenantId, id = $"a:load-{user}" },
            recipient = new { id = "28:danvanbot", name = "DanVanBot" },
            textFormat = "plain", locale = "vi-VN", text,
            channelData = new { tenant = new { id = TenantId } },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
