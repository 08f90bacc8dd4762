using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DanVanBot.Bench.Province;

/// <summary>One Teams message POSTed to /api/messages with a channel token; completes when its reply reaches the Connector.</summary>
public sealed class HttpTurn(HttpClient http, ReplyCatcher catcher, string token)
{
    private int sequence;

    /// <summary>The bench tenant: every bench activity comes from it, and the bench bot serves it.</summary>
    public const string TenantId = "11111111-2222-4333-8444-555555555555";

    public static string AadObjectId(int user) => string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{user:D12}");

    public static string TeamsUserId(int user) => string.Create(CultureInfo.InvariantCulture, $"29:bench-user-{user}");

    /// <returns>Size in bytes of the reply's card attachment (throws when the reply is not a card).</returns>
    public async Task<int> AskAsync(string text, int user)
    {
        var id = "bench-" + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);
        var reply = catcher.ReplyTo(id);
        var activity = new
        {
            type = "message", id, timestamp = DateTimeOffset.UtcNow, serviceUrl = catcher.ServiceUrl, channelId = "msteams",
            from = new { id = TeamsUserId(user), name = $"Cán bộ {user}", aadObjectId = AadObjectId(user) },
            conversation = new { conversationType = "personal", tenantId = TenantId, id = $"a:bench-{user}" },
            recipient = new { id = "28:danvanbot", name = "DanVanBot" },
            textFormat = "plain", locale = "vi-VN", text,
            channelData = new { tenant = new { id = TenantId } },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}.");
        var delivered = await reply.WaitAsync(TimeSpan.FromSeconds(10));
        if (!delivered.TryGetProperty("attachments", out var attachments) || attachments.GetArrayLength() == 0)
            throw new InvalidOperationException($"The reply has no card: {delivered}");
        return attachments[0].GetRawText().Length;
    }
}
