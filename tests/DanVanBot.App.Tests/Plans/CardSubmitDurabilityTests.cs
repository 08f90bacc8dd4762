using System.Net;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Imports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Plans;

/// <summary>
/// Issue 8 §11: turns waiting in the in-memory queue are lost when the process dies, and Teams does not resend
/// what got a 202. A card submission (Action.Submit, a message) changes state, so its effect must be stored
/// before the 202, not left to the queue.
/// </summary>
public sealed class CardSubmitDurabilityTests
{
    [Fact]
    public async Task ActionSubmit_WhileTheConversationsQueueIsBusy_IsStoredBeforeThe202()
    {
        // The download deadline frees the partition only after the submission has been answered.
        await using var harness = await StartAsync(new Dictionary<string, string?> { ["Plans:DownloadTimeout"] = "00:00:05" });
        var pending = harness.Bot.Services.GetRequiredService<IPendingPlanImportStore>();
        var importId = ImportIdOf((await harness.UploadAsync("ke-hoach.txt", NewPlan)).FirstCard!.Value);
        using var http = new HttpClient();
        // A trickling download holds this conversation's queue partition (until the download deadline).
        using var busy = await http.PostAsync(harness.Bot.MessagesUrl,
            PlanActivities.FileMessage(harness.Connector.ServiceUrl, "cham.docx", harness.Files.Slow("cham.docx"), CoordinatorAad));
        await WaitForDownloadStartAsync(harness, requestsBefore: 1);

        using var response = await http.PostAsync(harness.Bot.MessagesUrl, SubmitMessage(harness, CancelImportHandler.Verb, importId));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Null(await pending.FindAsync(Guid.Parse(importId))); // cancelled already: nothing left in memory to lose
        Assert.Equal(0, await pending.CountLiveAsync(CoordinatorAad));
    }

    /// <summary>What Teams sends for an Action.Submit button: a message with no text and the data in <c>value</c>.</summary>
    private static JsonObject SubmitMessage(PlanImportHarness harness, string verb, string importId)
    {
        var activity = Activities.Message(harness.Connector.ServiceUrl, "", userAad: CoordinatorAad);
        activity.Remove("text");
        activity["value"] = new JsonObject { ["verb"] = verb, ["importId"] = importId };
        return activity;
    }

    private static async Task WaitForDownloadStartAsync(PlanImportHarness harness, int requestsBefore)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (harness.Files.Requests <= requestsBefore) await Task.Delay(10, limit.Token); // polling a signal, not a fixed wait
    }
}
