using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Tests.Plans;
using DanVanBot.Storage.Organisations;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// Importing a plan from the chat in the Agents Playground. The Playground's chat UI has no attach button,
/// so the upload goes through the Playground's own API (<c>POST /_internal/v1/customActivities</c>, which
/// delivers an activity to the bot as the Playground's user) carrying exactly the attachment Teams sends for
/// a file in a personal chat; the file itself is served on loopback (allowed in Development). Everything
/// after that is the UI in headless Chromium: the preview card appears, "Xuất bản" is clicked, the
/// confirmation appears.
/// </summary>
public sealed class PlanImportTests
{
    [RequiresEndToEndFact]
    public async Task UploadPlan_ThenPublishFromPreviewCard_ShowsConfirmation()
    {
        await using var session = await ChatSession.OpenAsync();
        await Expect(session.Page.GetByText(BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // Plays OneDrive's pre-authorised download URL (the same file server the App tests use).
        await using var files = await FileServer.StartAsync();
        var downloadUrl = files.Serve("ke-hoach-55.txt", await File.ReadAllBytesAsync(
            Path.Combine(EndToEndTools.RepoRoot, "tests", "DanVanBot.App.Tests", "Plans", "Fixtures", "quan-7-tiep-dan-2022.txt")));
        using var http = new HttpClient { BaseAddress = new Uri(session.Playground.Url) };
        var config = (await http.GetFromJsonAsync<JsonElement>("/_internal/v1/config")).GetProperty("config");
        var user = config.GetProperty("currentUser");
        await MakeCoordinatorAsync(session, user.GetProperty("aadObjectId").GetString()!);

        using var sent = await http.PostAsJsonAsync("/_internal/v1/customActivities",
            FileMessage(session.Playground.Port, config, "ke-hoach-55.txt", downloadUrl));
        sent.EnsureSuccessStatusCode();

        await Expect(session.Page.GetByText("Xem trước kế hoạch").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(session.Page.GetByText("Chưa có hạn — cần đầu mối ấn định").First).ToBeVisibleAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản" }).First.ClickAsync();

        var confirmation = string.Format(PlanTexts.PublishedCreated, "số 55/KH-UBND", 3, 1);
        await Expect(session.Page.GetByText(confirmation).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(session.Page.GetByText("Ấn định hạn cho nhiệm vụ").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    private static async Task MakeCoordinatorAsync(ChatSession session, string aadObjectId)
    {
        var organisations = session.Bot.Services.GetRequiredService<IOrganisationStore>();
        var organisation = await organisations.FindOrganisationByNameAsync("UBND Quận 7") ?? throw new InvalidOperationException("sample plans not imported");
        var coordinator = (await organisations.ListUnitsAsync(organisation.Id)).Single(u => u.IsCoordinator);
        await RosterSeeding.GrantAsync(session.Bot.Services, aadObjectId, organisation.Name, coordinator.Name, RosterRole.Coordinator);
    }

    /// <summary>The message Teams delivers when the user attaches a file in the personal chat.</summary>
    private static JsonObject FileMessage(int playgroundPort, JsonElement config, string fileName, string downloadUrl)
    {
        var user = config.GetProperty("currentUser");
        var bot = config.GetProperty("bot");
        var tenantId = config.GetProperty("tenantId").GetString();
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = $"http://localhost:{playgroundPort}/_connector",
            ["from"] = new JsonObject { ["id"] = user.GetProperty("id").GetString(), ["name"] = user.GetProperty("name").GetString(), ["aadObjectId"] = user.GetProperty("aadObjectId").GetString() },
            ["recipient"] = new JsonObject { ["id"] = bot.GetProperty("id").GetString(), ["name"] = bot.GetProperty("name").GetString() },
            ["conversation"] = new JsonObject { ["id"] = config.GetProperty("personalChat").GetProperty("id").GetString(), ["conversationType"] = "personal", ["tenantId"] = tenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = TeamsFile.DownloadInfoContentType,
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/alexw/Documents/Microsoft%20Teams%20Chat%20Files/" + fileName,
                ["name"] = fileName,
                ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "txt" },
            }),
        };
    }
}
