using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// Who reads a unit's reports, and the head's "Trả lại", over real HTTP: each person in their own personal chat. The
/// wards' member and head see the wards' report (only the head can return it, with a reason); another unit's member
/// cannot open it. A return is stored, the author is told in their own chat with the form to amend, and the unit's
/// status answer and the coordinator's compliance card show it.
/// </summary>
public sealed class ReportReturnTests : IAsyncLifetime
{
    private const string ReporterAad = ReportFormTests.ReporterAad;
    private const string AgencyAad = ReportFormTests.AgencyAad;
    private const string HeadAad = "00000000-0000-0000-0000-00000000d004";
    private const string Reason = "Thiếu số liệu tiếp dân tháng 3, đề nghị bổ sung.";
    private PlanImportHarness harness = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync()
    {
        harness = await PlanImportHarness.StartAsync();
        var services = harness.Bot.Services;
        await RosterSeeding.GrantAsync(services, ReporterAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.Member, "Lê Văn Cường");
        await RosterSeeding.GrantAsync(services, HeadAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.UnitHead, "Trần Văn Hùng");
        await RosterSeeding.GrantAsync(services, AgencyAad, "UBND Quận 7", ReportFormTests.Agencies, RosterRole.Member, "Phạm Thị Dung");
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await harness.DisposeAsync();
    }

    private static string ChatOf(string aad) => "a:personal-" + aad[^4..];

    private async Task<RecordedCall> SayAsync(string aad, string text)
    {
        var message = Activities.Message(harness.Connector.ServiceUrl, text, ChatOf(aad), aad);
        message["from"]!["id"] = "29:" + aad[^4..];
        using (await http.PostAsync(harness.Bot.MessagesUrl, JsonContent.Create(message))) { }
        return await harness.Connector.NextCallToAsync(ChatOf(aad));
    }

    private async Task<JsonElement> PressAsync(string aad, string verb, JsonObject data)
    {
        var activity = Activities.CardAction(harness.Connector.ServiceUrl, verb, data.DeepClone().AsObject(), ChatOf(aad));
        activity["from"]!["aadObjectId"] = aad;
        activity["from"]!["id"] = "29:" + aad[^4..];
        using var response = await http.PostAsync(harness.Bot.MessagesUrl, JsonContent.Create(activity));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").Clone();
    }

    private IReportStore Reports => harness.Bot.Services.GetRequiredService<IReportStore>();

    /// <summary>The wards' member submits version 1; returns the "Xem báo cáo" data from the head's status answer.</summary>
    private async Task<JsonObject> SubmitAndListAsync()
    {
        var form = (await SayAsync(ReporterAad, "nộp báo cáo")).FirstCard!.Value;
        var data = Press(Buttons(form, ReportFormCards.SubmitVerb).Single(),
            new Dictionary<string, JsonNode?> { ["results"] = "Đã tổ chức 12 buổi tiếp dân.", ["progress"] = "completed" });
        Assert.Equal("1", Fact(await PressAsync(ReporterAad, ReportFormCards.SubmitVerb, data), "Phiên bản"));

        Assert.Contains("đã nộp ngày 01/04/2022", (await SayAsync(HeadAad, "đơn vị tôi đã nộp báo cáo chưa?")).Text);
        var list = (await harness.Connector.NextCallToAsync(ChatOf(HeadAad))).FirstCard!.Value;
        return Press(Buttons(list, ReportViewTarget.Verb).Single());
    }

    private async Task<ReportDetails> StoredAsync(JsonObject view) =>
        (await Reports.FindReportByIdAsync(Guid.Parse(view["reportId"]!.GetValue<string>())))!;

    [Fact]
    public async Task View_UnitsMemberAndHeadSeeIt_OnlyTheHeadMayReturn_AnotherUnitsMemberIsRefused()
    {
        var view = await SubmitAndListAsync();

        var headView = await PressAsync(HeadAad, ReportViewTarget.Verb, view);
        var memberView = await PressAsync(ReporterAad, ReportViewTarget.Verb, view.DeepClone().AsObject());
        var otherUnit = await PressAsync(AgencyAad, ReportViewTarget.Verb, view.DeepClone().AsObject());

        Assert.Equal("Báo cáo của " + ReportFormTests.Wards, Texts(headView)[0]);
        Assert.Single(Buttons(headView, ReportReturnHandler.Verb));
        Assert.Contains("Đã tổ chức 12 buổi tiếp dân.", Texts(memberView));
        Assert.Empty(Buttons(memberView, ReportReturnHandler.Verb));
        Assert.Equal(string.Format(AccessTexts.NeedReportReader, ReportFormTests.Wards, "UBND Quận 7"), otherUnit.GetString());
    }

    [Fact]
    public async Task Return_WithoutReason_FormComesBackAndNothingChanges_ByAMember_IsRefused()
    {
        var view = await SubmitAndListAsync();
        var before = await DatabaseSnapshot.TakeAsync(harness.Bot.Services);

        var data = Press(Buttons(await PressAsync(HeadAad, ReportViewTarget.Verb, view), ReportReturnHandler.Verb).Single(),
            new Dictionary<string, JsonNode?> { [ReportViewCards.ReasonKey] = "   " });
        var again = await PressAsync(HeadAad, ReportReturnHandler.Verb, data);
        data[ReportViewCards.ReasonKey] = Reason;
        var byMember = await PressAsync(ReporterAad, ReportReturnHandler.Verb, data);

        Assert.Contains(ReportTexts.ReturnReasonMissing, Texts(again));
        Assert.Single(Buttons(again, ReportReturnHandler.Verb));
        Assert.Equal(string.Format(AccessTexts.NeedUnitHead, ReportFormTests.Wards), byMember.GetString());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(harness.Bot.Services));
        var stored = await StoredAsync(view);
        Assert.Equal((ReportStatus.Submitted, null), (stored.Status, stored.Current.Returned));
    }

    [Fact]
    public async Task Return_WithReason_IsStored_AuthorIsToldWithTheForm_StatusAndComplianceShowIt_AmendmentClearsIt()
    {
        var view = await SubmitAndListAsync();
        var data = Press(Buttons(await PressAsync(HeadAad, ReportViewTarget.Verb, view), ReportReturnHandler.Verb).Single(),
            new Dictionary<string, JsonNode?> { [ReportViewCards.ReasonKey] = Reason });

        var after = await PressAsync(HeadAad, ReportReturnHandler.Verb, data);

        Assert.Contains("Đã trả lại và báo cho Lê Văn Cường.", Texts(after));
        Assert.Contains(Texts(after), t => t.StartsWith("Đã trả lại để sửa lúc 09:00 01/04/2022 (Trần Văn Hùng). Lý do: " + Reason, StringComparison.Ordinal));
        Assert.Empty(Buttons(after, ReportReturnHandler.Verb));
        var stored = await StoredAsync(view);
        Assert.Equal(ReportStatus.Returned, stored.Status);
        Assert.Equal((Reason, HeadAad), (stored.Current.Returned!.Reason, stored.Current.Returned.ReturnedBy.AadObjectId));

        var told = await harness.Connector.NextCallToAsync(ChatOf(ReporterAad));
        Assert.Contains("đã được Trần Văn Hùng trả lại để sửa. Lý do: " + Reason, told.Text);
        var form = (await harness.Connector.NextCallToAsync(ChatOf(ReporterAad))).FirstCard!.Value;
        Assert.Equal("Đã tổ chức 12 buổi tiếp dân.", InputValue(form, "results"));

        var again = await PressAsync(HeadAad, ReportReturnHandler.Verb, data.DeepClone().AsObject());
        Assert.Equal(ReportTexts.ReturnAlready, again.GetString());

        Assert.Contains("đã bị trả lại để sửa", (await SayAsync(ReporterAad, "don vi toi nop chua")).Text);
        await harness.Connector.NextCallToAsync(ChatOf(ReporterAad));
        var compliance = (await SayAsync(PlanImportHarness.CoordinatorAad, "tình hình nộp báo cáo tháng 4")).FirstCard!.Value;
        Assert.Contains(Texts(compliance), t => t.Contains(ReportFormTests.Wards + " (đã trả lại)", StringComparison.Ordinal));

        var amended = Press(Buttons(form, ReportFormCards.SubmitVerb).Single(),
            new Dictionary<string, JsonNode?> { ["results"] = "Đã tổ chức 12 buổi tiếp dân, tiếp 340 lượt công dân trong tháng 3.", ["progress"] = "completed" });
        Assert.Equal("2", Fact(await PressAsync(ReporterAad, ReportFormCards.SubmitVerb, amended), "Phiên bản"));
        Assert.DoesNotContain("đã bị trả lại", (await SayAsync(ReporterAad, "don vi toi nop chua")).Text);
    }
}
