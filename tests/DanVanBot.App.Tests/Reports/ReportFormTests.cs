using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// The report form over real HTTP on the Quận 7 sample plan, on 01/04/2022: the wards' "Báo cáo 6 tháng" is the one
/// obligation open for UBND 10 Phường. Opened from chat and from a due answer, checked on the server, stored as
/// versions, refused to people of other units.
/// </summary>
public sealed class ReportFormTests : IAsyncLifetime
{
    public const string ReporterAad = "00000000-0000-0000-0000-00000000d001";
    public const string AgencyAad = "00000000-0000-0000-0000-00000000d002";
    public const string BothUnitsAad = "00000000-0000-0000-0000-00000000d003";
    public const string Wards = "UBND 10 Phường";
    public const string Agencies = "Các cơ quan, đơn vị thuộc Quận";

    private PlanImportHarness harness = null!;
    private UnitInfo wards = null!;
    private UnitInfo agencies = null!;
    private DueOccurrence sixMonths = null!;

    public async Task InitializeAsync() => await StartAsync(null);

    /// <summary>Starts the bot (on the given storage settings), seeds the three reporters and finds the open obligation.</summary>
    internal async Task StartAsync(IDictionary<string, string?>? settings)
    {
        harness = await PlanImportHarness.StartAsync(settings);
        var services = harness.Bot.Services;
        wards = await RosterSeeding.GrantAsync(services, ReporterAad, "UBND Quận 7", Wards, RosterRole.Member, "Lê Văn Cường");
        agencies = await RosterSeeding.GrantAsync(services, AgencyAad, "UBND Quận 7", Agencies, RosterRole.Member, "Phạm Thị Dung");
        await RosterSeeding.GrantAsync(services, BothUnitsAad, "UBND Quận 7", Wards, RosterRole.Member, "Hoàng Văn Em");
        await RosterSeeding.GrantAsync(services, BothUnitsAad, "UBND Quận 7", Agencies, RosterRole.Member, "Hoàng Văn Em");
        var today = DateOnly.FromDateTime(PlanImportHarness.Now.DateTime);
        sixMonths = Assert.Single(await services.GetRequiredService<IPlanStore>()
            .FindDueAsync(harness.Organisation.Id, OpenReports.WindowFor(today), wards.Id));
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private IReportStore Reports => harness.Bot.Services.GetRequiredService<IReportStore>();

    private Task<string> SnapshotAsync() => DatabaseSnapshot.TakeAsync(harness.Bot.Services);

    private async Task<JsonElement> OpenFormAsync(string userAad = ReporterAad)
    {
        var reply = await harness.SayAsync("nộp báo cáo", userAad);
        return reply.FirstCard ?? throw new Xunit.Sdk.XunitException("no card: " + reply.Text);
    }

    private static JsonObject Filled(JsonElement form, string results = "Đã tổ chức 12 buổi tiếp dân, tiếp 340 lượt công dân.",
        string progress = "inProgress", string? percent = "60") =>
        Press(Buttons(form, ReportFormCards.SubmitVerb).Single(), new Dictionary<string, JsonNode?>
        {
            ["results"] = results,
            ["progress"] = progress,
            ["percentComplete"] = percent,
            ["difficulties"] = "Thiếu kinh phí in tài liệu",
            ["proposals"] = "",
            ["documentReference"] = "15/BC-UBND ngày 25/4/2022",
        });

    private static JsonElement Card(JsonElement invokeAnswer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeAnswer.GetProperty("type").GetString());
        return invokeAnswer.GetProperty("value");
    }

    [Theory]
    [InlineData("nộp báo cáo")]
    [InlineData("gui bao cao tien do")]
    [InlineData("tôi muốn gửi báo cáo tiến độ")]
    [InlineData("báo cáo việc dân vận chính quyền")]
    public async Task Chat_OneObligationOpen_OpensTheFormPrefilled(string text)
    {
        var form = (await harness.SayAsync(text, ReporterAad)).FirstCard!.Value;

        Assert.Equal(sixMonths.Description, Fact(form, "Nhiệm vụ"));
        Assert.Equal(Wards, Fact(form, "Đơn vị"));
        Assert.Equal(sixMonths.DueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), Fact(form, "Hạn cuối"));
        Assert.DoesNotContain(Elements(form), e => e.TryGetProperty("type", out var t) && t.GetString() == "Input.Date");
        var submit = Buttons(form, ReportFormCards.SubmitVerb).Single();
        var data = submit.GetProperty("data");
        Assert.Equal(sixMonths.OccurrenceId.ToString(), data.GetProperty("occurrenceId").GetString());
        Assert.Equal(wards.Id.ToString(), data.GetProperty("unitId").GetString());
        Assert.True(Guid.TryParse(data.GetProperty("submissionId").GetString(), out _));
        var fallback = submit.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal(ReportFormCards.SubmitVerb, fallback.GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal(data.GetProperty("submissionId").GetString(), fallback.GetProperty("data").GetProperty("submissionId").GetString());
    }

    [Fact]
    public async Task Chat_SeveralObligationsOpen_OffersAChoiceThatOpensTheChosenForm()
    {
        var choice = (await harness.SayAsync("nộp báo cáo", BothUnitsAad)).FirstCard!.Value;

        var buttons = Buttons(choice, ReportFormCards.OpenVerb);
        Assert.Equal(2, buttons.Count);
        Assert.Equal(new[] { agencies.Id.ToString(), wards.Id.ToString() }.Order(),
            buttons.Select(b => b.GetProperty("data").GetProperty("unitId").GetString()!).Order());
        var chosen = buttons.Single(b => b.GetProperty("data").GetProperty("unitId").GetString() == agencies.Id.ToString());
        var form = Card(await harness.InvokeAsync(ReportFormCards.OpenVerb, Press(chosen), BothUnitsAad));
        Assert.Equal(Agencies, Fact(form, "Đơn vị"));
    }

    [Fact]
    public async Task DueAnswer_ReportButton_OpensTheFormForTheAskersUnit()
    {
        var answer = (await harness.SayAsync("tháng 4 có gì đến hạn", ReporterAad)).FirstCard!.Value;

        var button = Buttons(answer, ReportFormCards.OpenVerb).Single(b => b.GetProperty("data").GetProperty("occurrenceId").GetString() == sixMonths.OccurrenceId.ToString());
        var form = Card(await harness.InvokeAsync(ReportFormCards.OpenVerb, Press(button), ReporterAad));
        Assert.Equal(wards.Id.ToString(), Buttons(form, ReportFormCards.SubmitVerb).Single().GetProperty("data").GetProperty("unitId").GetString());
    }

    [Fact]
    public async Task Submit_ProblemsInSeveralFields_SameFormComesBackWithInputKeptAndEachProblemUnderItsField()
    {
        var form = await OpenFormAsync();
        var before = await SnapshotAsync();

        var data = Filled(form, results: "   ", percent: "150");
        var again = Card(await harness.InvokeAsync(ReportFormCards.SubmitVerb, data, ReporterAad));

        Assert.Equal(before, await SnapshotAsync());
        Assert.Null(await Reports.FindReportAsync(sixMonths.OccurrenceId, wards.Id));
        var body = again.GetProperty("body").EnumerateArray().ToList();
        string? TextAfter(string inputId)
        {
            var at = body.FindIndex(e => e.TryGetProperty("id", out var id) && id.GetString() == inputId);
            return body[at + 1].GetProperty("type").GetString() == "TextBlock" ? body[at + 1].GetProperty("text").GetString() : null;
        }
        Assert.Equal("Vui lòng nhập kết quả thực hiện.", TextAfter("results"));
        Assert.Equal("Tỷ lệ hoàn thành phải từ 0 đến 100.", TextAfter("percentComplete"));
        Assert.Null(TextAfter("difficulties"));
        Assert.Contains(ReportTexts.FixBelow, Texts(again));
        Assert.Equal("Thiếu kinh phí in tài liệu", InputValue(again, "difficulties"));
        Assert.Equal("inProgress", InputValue(again, "progress"));
        Assert.Equal("150", InputValue(again, "percentComplete"));
        Assert.Equal("15/BC-UBND ngày 25/4/2022", InputValue(again, "documentReference"));
        Assert.Equal(data["submissionId"]!.GetValue<string>(),
            Buttons(again, ReportFormCards.SubmitVerb).Single().GetProperty("data").GetProperty("submissionId").GetString());
    }

    public static TheoryData<string, JsonNode?, string> BadFields => new()
    {
        { "results", JsonValue.Create(new string('x', 4001)), "Nội dung quá dài: tối đa 4000 ký tự." },
        { "progress", JsonValue.Create("xong"), "Vui lòng chọn một trong: Chưa thực hiện, Đang thực hiện, Hoàn thành." },
        { "percentComplete", JsonValue.Create("một nửa"), "Tỷ lệ hoàn thành phải là một số nguyên từ 0 đến 100." },
        { "percentComplete", new JsonObject { ["value"] = 50 }, "Tỷ lệ hoàn thành phải là một số nguyên từ 0 đến 100." },
        { "proposals", JsonValue.Create(new string('y', 4001)), "Nội dung quá dài: tối đa 4000 ký tự." },
        { "documentReference", JsonValue.Create(new string('z', 501)), "Nội dung quá dài: tối đa 500 ký tự." },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Submit_BadField_IsNamedAndNothingIsStored(string field, JsonNode? value, string problem)
    {
        var form = await OpenFormAsync();
        var before = await SnapshotAsync();
        var data = Filled(form);
        data[field] = value?.DeepClone();

        var again = Card(await harness.InvokeAsync(ReportFormCards.SubmitVerb, data, ReporterAad));

        Assert.Contains(problem, Texts(again));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Submit_Valid_ReceiptOnTime_RetryStoredOnce_AmendmentIsVersionTwoAndVersionOneKept()
    {
        var form = await OpenFormAsync();
        var first = Filled(form);

        var receipt = Card(await harness.InvokeAsync(ReportFormCards.SubmitVerb, first, ReporterAad));
        Assert.Equal("1", Fact(receipt, "Phiên bản"));
        Assert.StartsWith("BC-", Fact(receipt, "Số biên nhận"));
        Assert.Equal("09:00 01/04/2022", Fact(receipt, "Thời gian"));
        Assert.Contains("Đúng hạn", Texts(receipt));

        // Teams retries, a double tap: the same form again is the same receipt, nothing new stored.
        var afterFirst = await SnapshotAsync();
        var retried = Card(await harness.InvokeAsync(ReportFormCards.SubmitVerb, first.DeepClone().AsObject(), ReporterAad));
        Assert.Equal(Fact(receipt, "Số biên nhận"), Fact(retried, "Số biên nhận"));
        Assert.Equal(afterFirst, await SnapshotAsync());

        var edit = Card(await harness.InvokeAsync(ReportFormCards.EditVerb, Press(Buttons(receipt, ReportFormCards.EditVerb).Single()), ReporterAad));
        Assert.Equal(first["results"]!.GetValue<string>(), InputValue(edit, "results"));
        Assert.Equal("60", InputValue(edit, "percentComplete"));
        var amended = Filled(edit, results: "Đã tổ chức 15 buổi tiếp dân.", progress: "completed", percent: null);
        Assert.NotEqual(first["submissionId"]!.GetValue<string>(), amended["submissionId"]!.GetValue<string>());
        var second = Card(await harness.InvokeAsync(ReportFormCards.SubmitVerb, amended, ReporterAad));
        Assert.Equal("2", Fact(second, "Phiên bản"));

        var stored = (await Reports.FindReportAsync(sixMonths.OccurrenceId, wards.Id))!;
        Assert.Equal(2, stored.CurrentVersion);
        Assert.Equal("Đã tổ chức 15 buổi tiếp dân.", stored.ShownContent.Results);
        Assert.Equal([1, 2], stored.Revisions.Select(r => r.Version).Order());
        var versionOne = (await Reports.FindReportByIdAsync(stored.ReportId, 1))!;
        Assert.Equal(first["results"]!.GetValue<string>(), versionOne.ShownContent.Results);
        Assert.Equal(60, versionOne.ShownContent.PercentComplete);

        // The due answer now says the unit has reported, and on which day; the amendment does not change that day.
        var due = (await harness.SayAsync("tháng 4 có gì đến hạn", ReporterAad)).FirstCard!.Value;
        Assert.Contains("Đơn vị anh/chị: đã nộp (ngày 01/04/2022)", Texts(due));
    }

    [Fact]
    public async Task Submit_ThroughActionSubmitFallback_RepliesWithTheReceiptInChat()
    {
        var form = await OpenFormAsync();
        var fallback = Buttons(form, ReportFormCards.SubmitVerb).Single().GetProperty("fallback");
        var value = Press(fallback, new Dictionary<string, JsonNode?> { ["results"] = "Đã hoàn thành", ["progress"] = "completed" });
        var message = Activities.Message(harness.Connector.ServiceUrl, "", userAad: ReporterAad);
        message.Remove("text");
        message["value"] = value;

        using var http = new HttpClient();
        using (await http.PostAsync(harness.Bot.MessagesUrl, System.Net.Http.Json.JsonContent.Create(message))) { }
        var reply = await harness.Connector.NextCallAsync();

        Assert.Equal("1", Fact(reply.FirstCard!.Value, "Phiên bản"));
        Assert.Equal(1, (await Reports.FindReportAsync(sixMonths.OccurrenceId, wards.Id))!.CurrentVersion);
    }

    [Fact]
    public async Task Submit_ForAnotherUnit_IsRefusedAndNothingChanges()
    {
        var form = await OpenFormAsync();
        var before = await SnapshotAsync();

        var answer = await harness.InvokeAsync(ReportFormCards.SubmitVerb, Filled(form), AgencyAad);

        Assert.Equal(string.Format(AccessTexts.NeedMemberOf, Wards), answer.GetProperty("value").GetString());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Submit_ByCoordinatorWhoIsNoMember_IsRefusedAndNothingChanges()
    {
        var form = await OpenFormAsync();
        var before = await SnapshotAsync();

        var answer = await harness.InvokeAsync(ReportFormCards.SubmitVerb, Filled(form), PlanImportHarness.CoordinatorAad);

        Assert.Equal(string.Format(AccessTexts.NeedMemberOf, Wards), answer.GetProperty("value").GetString());
        Assert.Equal(before, await SnapshotAsync());
        Assert.Null(await Reports.FindReportAsync(sixMonths.OccurrenceId, wards.Id));
    }

    public static TheoryData<string, string?, string> BadTargets => new()
    {
        // An occurrence nobody knows; the wards' own occurrence named for a unit that does not owe it.
        { "occurrenceId", Guid.NewGuid().ToString(), ReportTexts.TargetUnknown },
        { "occurrenceId", "not-a-guid", ReportTexts.TargetUnknown },
        { "unitId", Guid.NewGuid().ToString(), ReportTexts.TargetUnknown },
        { "submissionId", "42", ReportTexts.FormInvalid },
        { "submissionId", null, ReportTexts.FormInvalid },
    };

    [Theory]
    [MemberData(nameof(BadTargets))]
    public async Task Submit_ForgedIds_AreAnsweredAndNothingChanges(string key, string? value, string expected)
    {
        var form = await OpenFormAsync();
        var before = await SnapshotAsync();
        var data = Filled(form);
        if (value is null) data.Remove(key);
        else data[key] = value;

        var answer = await harness.InvokeAsync(ReportFormCards.SubmitVerb, data, ReporterAad);

        Assert.Equal(expected, answer.GetProperty("value").GetString());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Submit_SubmissionIdOfAnotherUnitsReport_IsRefusedAndNothingChanges()
    {
        var wardsForm = await OpenFormAsync();
        var wardsData = Filled(wardsForm);
        await harness.InvokeAsync(ReportFormCards.SubmitVerb, wardsData, ReporterAad);
        var before = await SnapshotAsync();

        var agencyForm = await OpenFormAsync(AgencyAad);
        var replayed = Filled(agencyForm);
        replayed["submissionId"] = wardsData["submissionId"]!.DeepClone();
        var answer = await harness.InvokeAsync(ReportFormCards.SubmitVerb, replayed, AgencyAad);

        Assert.Equal(ReportTexts.SubmissionIdTaken, answer.GetProperty("value").GetString());
        Assert.Equal(before, await SnapshotAsync());
    }
}
