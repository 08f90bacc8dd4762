using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.Bench.Province;

namespace DanVanBot.Bench.Reports;

/// <summary>
/// A report form submission as Teams delivers it, POSTed to /api/messages with a channel token. With Action.Execute
/// (an <c>adaptiveCard/action</c> invoke) the receipt card is the HTTP answer; with the Action.Submit fallback (a
/// message) the receipt is a reply the bot sends to the Connector, caught by <see cref="ReplyCatcher"/>.
/// </summary>
public sealed class ReportTurns(HttpClient http, ReplyCatcher catcher, string token, Guid occurrenceId)
{
    private readonly ConcurrentDictionary<Guid, int> sentByUnit = new();
    private int sequence;

    /// <summary>Forms sent for <paramref name="unitId"/>, answered or not: a turn that timed out may still have stored its version.</summary>
    public int SentFor(Guid unitId) => sentByUnit.GetValueOrDefault(unitId);

    /// <summary>How <see cref="SubmitAsync"/> fails a turn the bot did not finish: refused, timed out, or not a receipt.</summary>
    public static bool IsFailedTurn(Exception error) =>
        error is InvalidOperationException or HttpRequestException or TaskCanceledException or TimeoutException;

    /// <returns>The receipt card's size in bytes (throws when the answer is not a receipt).</returns>
    public async Task<int> SubmitAsync(int user, Guid unitId, bool execute)
    {
        var id = "bench-report-" + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);
        sentByUnit.AddOrUpdate(unitId, 1, (_, sent) => sent + 1);
        var data = new JsonObject
        {
            ["occurrenceId"] = occurrenceId.ToString(), ["unitId"] = unitId.ToString(), ["submissionId"] = Guid.NewGuid().ToString(),
            ["cardVersion"] = "1", ["results"] = $"Đơn vị đã tổ chức {user % 17 + 3} hội nghị đối thoại với Nhân dân, tiếp {user * 7 % 300 + 40} lượt công dân.",
            ["progress"] = "inProgress", ["percentComplete"] = "60", ["difficulties"] = "Thiếu kinh phí in tài liệu tuyên truyền.",
        };
        var activity = Activity(id, user);
        if (execute)
        {
            activity["type"] = "invoke";
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "report.submit", ["data"] = data } };
            using var response = await PostAsync(activity);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}: {body}");
            using var answer = JsonDocument.Parse(body);
            if (answer.RootElement.GetProperty("type").GetString() != "application/vnd.microsoft.card.adaptive")
                throw new InvalidOperationException("No receipt card: " + body);
            return body.Length;
        }

        data["verb"] = "report.submit";
        activity["value"] = data;
        var reply = catcher.ReplyTo(id);
        using (var response = await PostAsync(activity))
        {
            if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}.");
        }
        var delivered = await reply.WaitAsync(TimeSpan.FromSeconds(60));
        if (!delivered.TryGetProperty("attachments", out var attachments) || attachments.GetArrayLength() == 0)
            throw new InvalidOperationException($"The reply has no card: {delivered}");
        return attachments[0].GetRawText().Length;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private JsonObject Activity(string id, int user) => new()
    {
        ["type"] = "message", ["id"] = id, ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = catcher.ServiceUrl, ["channelId"] = "msteams", ["replyToId"] = "card-" + user.ToString(CultureInfo.InvariantCulture),
        ["from"] = new JsonObject { ["id"] = HttpTurn.TeamsUserId(user), ["name"] = $"Cán bộ {user}", ["aadObjectId"] = HttpTurn.AadObjectId(user) },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = HttpTurn.TenantId, ["id"] = $"a:bench-{user}" },
        ["recipient"] = new JsonObject { ["id"] = "28:danvanbot", ["name"] = "DanVanBot" },
        ["locale"] = "vi-VN",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = HttpTurn.TenantId } },
    };
}
