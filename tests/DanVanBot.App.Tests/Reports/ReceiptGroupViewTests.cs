using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// A report submitted in a group chat, over real HTTP: the submitter's client gets the receipt with its buttons, the
/// message everyone sees is updated (PUT) to the receipt without them, and the card's refresh (for the submitter
/// only) gives each viewer their own view.
/// </summary>
public sealed class ReceiptGroupViewTests : IAsyncLifetime
{
    private const string Group = "19:bao-cao-quan-7@thread.v2";
    private const string ReporterId = "29:reporter-cuong";
    private const string ReporterAad = ReportFormTests.ReporterAad;
    private const string OtherAad = ReportFormTests.AgencyAad;
    private PlanImportHarness harness = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync()
    {
        harness = await PlanImportHarness.StartAsync();
        await RosterSeeding.GrantAsync(harness.Bot.Services, ReporterAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.Member, "Lê Văn Cường");
        await RosterSeeding.GrantAsync(harness.Bot.Services, OtherAad, "UBND Quận 7", ReportFormTests.Agencies, RosterRole.Member, "Phạm Thị Dung");
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await harness.DisposeAsync();
    }

    private JsonObject InGroup(JsonObject activity, string userId, string userAad)
    {
        activity["conversation"]!["conversationType"] = "groupChat";
        activity["conversation"]!["id"] = Group;
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = "Người dùng", ["aadObjectId"] = userAad };
        return activity;
    }

    private async Task<JsonElement> InvokeInGroupAsync(string verb, JsonObject data, string userId, string userAad, bool automatic = false)
    {
        var activity = InGroup(Activities.CardAction(harness.Connector.ServiceUrl, verb, data.DeepClone().AsObject()), userId, userAad);
        if (automatic) activity["value"]!["trigger"] = "automatic";
        using var response = await http.PostAsync(harness.Bot.MessagesUrl, JsonContent.Create(activity));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").Clone();
    }

    private async Task<JsonElement> FormInGroupAsync()
    {
        var message = InGroup(Activities.Message(harness.Connector.ServiceUrl, "nộp báo cáo"), ReporterId, ReporterAad);
        using (await http.PostAsync(harness.Bot.MessagesUrl, JsonContent.Create(message))) { }
        return (await harness.Connector.NextCallAsync()).FirstCard!.Value;
    }

    private static JsonObject Filled(JsonElement form) => Press(Buttons(form, ReportFormCards.SubmitVerb).Single(),
        new Dictionary<string, JsonNode?> { ["results"] = "Đã tổ chức 12 buổi tiếp dân.", ["progress"] = "completed" });

    private static void AssertRefreshFor(JsonElement card, string userId)
    {
        var refresh = card.GetProperty("refresh");
        Assert.Equal([userId], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(ReceiptCards.RefreshVerb, refresh.GetProperty("action").GetProperty("verb").GetString());
    }

    private static bool HasButtons(JsonElement card) =>
        Buttons(card, ReportFormCards.EditVerb).Count > 0 || Buttons(card, ReportAttachStartHandler.Verb).Count > 0;

    [Fact]
    public async Task SubmitInGroup_SubmitterGetsButtons_MessageForEveryoneIsUpdatedToTheReceiptOnly()
    {
        var form = await FormInGroupAsync();

        var mine = await InvokeInGroupAsync(ReportFormCards.SubmitVerb, Filled(form), ReporterId, ReporterAad);

        Assert.Single(Buttons(mine, ReportFormCards.EditVerb));
        Assert.Single(Buttons(mine, ReportAttachStartHandler.Verb));
        AssertRefreshFor(mine, ReporterId);
        var update = await harness.Connector.NextCallAsync();
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/card-message-1", update.Path, StringComparison.Ordinal);
        var everyone = update.FirstCard!.Value;
        Assert.False(HasButtons(everyone));
        Assert.Equal(Fact(mine, "Số biên nhận"), Fact(everyone, "Số biên nhận"));
        AssertRefreshFor(everyone, ReporterId);
    }

    [Fact]
    public async Task Refresh_SubmitterSeesTheirButtons_AnyoneElseTheReceiptOnly()
    {
        var form = await FormInGroupAsync();
        var mine = await InvokeInGroupAsync(ReportFormCards.SubmitVerb, Filled(form), ReporterId, ReporterAad);
        await harness.Connector.NextCallAsync();
        var refresh = JsonNode.Parse(mine.GetProperty("refresh").GetProperty("action").GetProperty("data").GetRawText())!.AsObject();

        var submitterView = await InvokeInGroupAsync(ReceiptCards.RefreshVerb, refresh, ReporterId, ReporterAad, automatic: true);
        var otherView = await InvokeInGroupAsync(ReceiptCards.RefreshVerb, refresh.DeepClone().AsObject(), "29:dung", OtherAad, automatic: true);
        var coordinatorView = await InvokeInGroupAsync(ReceiptCards.RefreshVerb, refresh.DeepClone().AsObject(), "29:an", PlanImportHarness.CoordinatorAad, automatic: true);

        Assert.True(HasButtons(submitterView));
        Assert.False(HasButtons(otherView));
        Assert.False(HasButtons(coordinatorView));
        Assert.Equal(Fact(mine, "Số biên nhận"), Fact(otherView, "Số biên nhận"));
        AssertRefreshFor(otherView, ReporterId);
    }

    [Fact]
    public async Task Refresh_UnknownSubmission_IsNoReport()
    {
        var answer = await InvokeInGroupAsync(ReceiptCards.RefreshVerb,
            new JsonObject { ["submissionId"] = Guid.NewGuid().ToString(), ["submitterId"] = ReporterId }, ReporterId, ReporterAad, automatic: true);

        Assert.Equal(ReportTexts.ReportUnknown, answer.GetString());
    }

    [Fact]
    public async Task SubmitInPersonalChat_ReceiptHasButtonsAndNoRefresh()
    {
        var form = (await harness.SayAsync("nộp báo cáo", ReporterAad)).FirstCard!.Value;

        var receipt = (await harness.InvokeAsync(ReportFormCards.SubmitVerb, Filled(form), ReporterAad)).GetProperty("value");

        Assert.True(HasButtons(receipt));
        Assert.False(receipt.TryGetProperty("refresh", out _));
    }
}
