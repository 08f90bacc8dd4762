using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Nudges;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// The reminder's "Báo cáo ngay" opens issue 10's report form for the reminder's occurrence and unit; once the unit
/// has sent it, a snoozed reminder is cancelled, the cards already delivered say "đã nộp", and later stages never come.
/// </summary>
public sealed class NudgeReportNowTests
{
    private static readonly DateOnly SevenBefore = new(2022, 4, 20);

    [Fact]
    public async Task ReportNow_OpensPrefilledForm_SubmitStopsTheUnitsReminders()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var harness = await NudgeHarness.StartAsync(new DateTimeOffset(2022, 4, 19, 20, 0, 0, TimeSpan.FromHours(7)), connector.ServiceUrl);
        var (organisation, occurrence, unit) = await harness.HalfYearReportOwerAsync();
        const string reporterAad = "00000000-0000-0000-0000-00000000e001";
        const string colleagueAad = "00000000-0000-0000-0000-00000000e002";
        var reporter = await harness.Roster.AddAsync(unit, "Cán bộ báo cáo", aadObjectId: reporterAad);
        var colleague = await harness.Roster.AddAsync(unit, "Cán bộ đồng nghiệp", aadObjectId: colleagueAad);

        await harness.RunWorkingDayAsync(SevenBefore);
        var rows = await RowsAsync(harness, organisation, unit);
        var reporterCard = CardSentTo(connector, rows.Single(n => n.PersonId == reporter));
        var colleagueCard = CardSentTo(connector, rows.Single(n => n.PersonId == colleague));

        // The colleague asks to be reminded later (13:30): a pending reminder the report must cancel.
        using var http = new HttpClient();
        var snoozed = await PressAsync(http, harness, connector, "nudge.snooze", Press(Buttons(colleagueCard, "nudge.snooze").Single()), colleagueAad);
        Assert.Equal(JsonValueKind.String, snoozed.GetProperty("value").ValueKind);
        Assert.Contains(await RowsAsync(harness, organisation, unit), n => n.PersonId == colleague && n.Stage.EndsWith("/later", StringComparison.Ordinal)
            && n.State == NudgeState.Pending);

        var reportNow = Buttons(reporterCard, ReportFormCards.OpenVerb).Single();
        var form = Card(await PressAsync(http, harness, connector, ReportFormCards.OpenVerb, Press(reportNow), reporterAad));
        var submit = Buttons(form, ReportFormCards.SubmitVerb).Single().GetProperty("data");
        Assert.Equal((occurrence.ToString(), unit.ToString()),
            (submit.GetProperty("occurrenceId").GetString(), submit.GetProperty("unitId").GetString()));
        var unitName = Fact(reporterCard, "Đơn vị");
        Assert.Equal((unitName, "30/04/2022"), (Fact(form, "Đơn vị"), Fact(form, "Hạn cuối")));

        var receipt = Card(await PressAsync(http, harness, connector, ReportFormCards.SubmitVerb, Press(Buttons(form, ReportFormCards.SubmitVerb).Single(),
            new Dictionary<string, JsonNode?> { ["results"] = "Đã tổ chức 4 buổi đối thoại với nhân dân.", ["progress"] = "inProgress", ["percentComplete"] = "60" }),
            reporterAad));
        Assert.StartsWith("BC-", Fact(receipt, "Số biên nhận"), StringComparison.Ordinal);
        Assert.Equal(unitName, Fact(receipt, "Đơn vị"));

        // Both delivered cards are replaced (Connector update activity) by one without buttons that says the unit reported.
        var updates = new List<RecordedCall>();
        while (updates.Count < 2)
        {
            var call = await connector.NextCallAsync(TimeSpan.FromSeconds(60));
            if (call.Method == "PUT") updates.Add(call);
        }
        var delivered = rows.Where(n => n.State == NudgeState.Delivered).Select(n => n.ActivityId).Order();
        Assert.Equal(delivered, updates.Select(u => u.Path[(u.Path.LastIndexOf('/') + 1)..]).Order());
        Assert.All(updates, u =>
        {
            Assert.Contains(NudgeTexts.Reported, u.AllText, StringComparison.Ordinal);
            Assert.Empty(Buttons(u.FirstCard!.Value, ReportFormCards.OpenVerb));
        });

        var later = (await RowsAsync(harness, organisation, unit)).Single(n => n.Stage.EndsWith("/later", StringComparison.Ordinal));
        Assert.Equal((NudgeState.Cancelled, NudgeFailure.UnitReported), (later.State, later.Failure));

        // The next stage (3 working days before, 26/04) reminds nobody of this unit.
        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 26));
        Assert.DoesNotContain(await RowsAsync(harness, organisation, unit), n => n.Day > SevenBefore);
    }

    private static async Task<List<NudgeRecord>> RowsAsync(NudgeHarness harness, Guid organisation, Guid unit) =>
        (await harness.Outbox.ListAsync(organisation, SevenBefore, new DateOnly(2022, 5, 31), harness.Clock.GetUtcNow()))
            .Where(n => n.UnitId == unit).ToList();

    private static JsonElement CardSentTo(FakeConnector connector, NudgeRecord nudge)
    {
        Assert.Equal(NudgeState.Delivered, nudge.State);
        return connector.Calls.Single(c => c.Method == "POST"
            && c.Path.EndsWith($"/conversations/{Uri.EscapeDataString(nudge.ConversationId!)}/activities", StringComparison.Ordinal)).FirstCard!.Value;
    }

    private static async Task<JsonElement> PressAsync(HttpClient http, NudgeHarness harness, FakeConnector connector, string verb, JsonObject data, string userAad)
    {
        var press = Activities.CardAction(connector.ServiceUrl, verb, data);
        press["from"]!["aadObjectId"] = userAad;
        using var response = await http.PostAsync(harness.Bot.MessagesUrl, press);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static JsonElement Card(JsonElement invokeAnswer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeAnswer.GetProperty("type").GetString());
        return invokeAnswer.GetProperty("value");
    }
}
