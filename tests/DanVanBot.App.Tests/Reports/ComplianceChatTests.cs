using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Plans;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// The Nội vụ office's view over real HTTP on the Quận 7 sample plan (01/04/2022): who reported on time, late or not
/// at all, each report and its versions; and a period without deadlines said to be one.
/// </summary>
public sealed class ComplianceChatTests : IAsyncLifetime
{
    private const string ReporterAad = ReportFormTests.ReporterAad;
    private PlanImportHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await PlanImportHarness.StartAsync();
        await RosterSeeding.GrantAsync(harness.Bot.Services, ReporterAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.Member, "Lê Văn Cường");
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private async Task<System.Text.Json.JsonElement> AskAsync(string text) =>
        (await harness.SayAsync(text)).FirstCard ?? throw new Xunit.Sdk.XunitException("no card");

    /// <summary>The wards' report: the form from chat the first time, "Sửa báo cáo" on the last receipt after that.</summary>
    private async Task<System.Text.Json.JsonElement> SubmitAsync(string results, System.Text.Json.JsonElement? lastReceipt = null)
    {
        var form = lastReceipt is { } receipt
            ? (await harness.InvokeAsync(ReportFormCards.EditVerb, Press(Buttons(receipt, ReportFormCards.EditVerb).Single()), ReporterAad)).GetProperty("value")
            : (await harness.SayAsync("nộp báo cáo", ReporterAad)).FirstCard!.Value;
        var data = Press(Buttons(form, ReportFormCards.SubmitVerb).Single(), new Dictionary<string, JsonNode?> { ["results"] = results, ["progress"] = "completed" });
        return (await harness.InvokeAsync(ReportFormCards.SubmitVerb, data, ReporterAad)).GetProperty("value");
    }

    [Fact]
    public async Task Missing_UnitsBeforeAndAfterAReport_CountsNamesAndOpensTheReportAndItsVersions()
    {
        var before = await AskAsync("tình hình nộp báo cáo tháng 4");
        Assert.Equal("0", Fact(before, "Đúng hạn"));
        Assert.Equal("2", Fact(before, "Chưa nộp"));
        Assert.Contains($"Chưa nộp: {ReportFormTests.Agencies}, {ReportFormTests.Wards}", Texts(before));
        Assert.Empty(Buttons(before, ReportViewTarget.Verb));

        var first = await SubmitAsync("Đã tổ chức 12 buổi tiếp dân.");
        await SubmitAsync("Đã tổ chức 15 buổi tiếp dân.", first);
        var after = await AskAsync("tình hình nộp báo cáo tháng 4");

        Assert.Equal("1", Fact(after, "Đúng hạn"));
        Assert.Equal("0", Fact(after, "Trễ hạn"));
        Assert.Equal("1", Fact(after, "Chưa nộp"));
        Assert.Contains($"Đúng hạn: {ReportFormTests.Wards}", Texts(after));
        Assert.Contains($"Chưa nộp: {ReportFormTests.Agencies}", Texts(after));
        var view = Buttons(after, ReportViewTarget.Verb).Single();
        Assert.Equal($"Xem báo cáo: {ReportFormTests.Wards}", view.GetProperty("title").GetString());

        var current = (await harness.InvokeAsync(ReportViewTarget.Verb, Press(view))).GetProperty("value");
        Assert.Equal("2 (hiện hành)", Fact(current, "Phiên bản"));
        Assert.Equal("Đúng hạn", Fact(current, "Tình trạng"));
        Assert.Contains("Đã tổ chức 15 buổi tiếp dân.", Texts(current));
        var older = (await harness.InvokeAsync(ReportViewTarget.Verb, Press(Buttons(current, ReportViewTarget.Verb).Single()))).GetProperty("value");
        Assert.Equal("1 (phiên bản cũ; hiện hành là 2)", Fact(older, "Phiên bản"));
        Assert.Contains("Đã tổ chức 12 buổi tiếp dân.", Texts(older));
    }

    [Theory]
    [InlineData("tình hình nộp báo cáo tháng 2")]
    [InlineData("tổng hợp tháng 2/2022")]
    public async Task Missing_PeriodWithoutDeadlines_SaysSoAndNamesTheNextDeadline(string text)
    {
        var card = await AskAsync(text);

        var texts = Texts(card);
        Assert.True(texts.Any(t => t.StartsWith("Không có báo cáo nào có hạn trong tháng 2/2022", StringComparison.Ordinal)), string.Join(" | ", texts));
        Assert.Contains(texts, t => t.StartsWith("Hạn gần nhất tiếp theo: ", StringComparison.Ordinal) && t.Contains("UBND Quận 7", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("đã nộp", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ViewReport_ByAMember_IsRefusedAndNothingChanges()
    {
        await SubmitAsync("Đã tổ chức 12 buổi tiếp dân.");
        var view = Buttons(await AskAsync("tình hình nộp báo cáo tháng 4"), ReportViewTarget.Verb).Single();
        var before = await DatabaseSnapshot.TakeAsync(harness.Bot.Services);

        var answer = await harness.InvokeAsync(ReportViewTarget.Verb, Press(view), ReporterAad);

        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "UBND Quận 7"), answer.GetProperty("value").GetString());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(harness.Bot.Services));
    }

    [Fact]
    public async Task Compliance_AskedByAMember_IsRefused()
    {
        var reply = await harness.SayAsync("tình hình nộp báo cáo tháng 4", ReporterAad);
        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "cơ quan"), reply.Text);
    }

    [Fact]
    public async Task MyUnit_BeforeAndAfterReporting_SaysNotYetThenTheDay()
    {
        var before = await harness.SayAsync("đơn vị tôi đã nộp báo cáo chưa?", ReporterAad);
        Assert.StartsWith($"Báo cáo của {ReportFormTests.Wards} (hạn cuối từ ", before.Text, StringComparison.Ordinal);
        Assert.EndsWith("): chưa nộp", before.Text, StringComparison.Ordinal);

        await SubmitAsync("Đã tổ chức 12 buổi tiếp dân.");
        var after = await harness.SayAsync("don vi toi nop chua", ReporterAad);

        Assert.EndsWith("): đã nộp ngày 01/04/2022", after.Text, StringComparison.Ordinal);
    }
}
