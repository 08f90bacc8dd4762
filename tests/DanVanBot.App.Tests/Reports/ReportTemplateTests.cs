using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// "Cho xin mẫu báo cáo …" over real HTTP (Quận 7 sample plan, 01/04/2022): a member gets the report form empty, even
/// for an obligation the unit has already reported on (where "nộp báo cáo" has nothing left to offer).
/// </summary>
public sealed class ReportTemplateTests : IAsyncLifetime
{
    private const string ReporterAad = ReportFormTests.ReporterAad;
    private const string BothUnitsAad = ReportFormTests.BothUnitsAad;
    private PlanImportHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await PlanImportHarness.StartAsync();
        var services = harness.Bot.Services;
        await RosterSeeding.GrantAsync(services, ReporterAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.Member, "Lê Văn Cường");
        await RosterSeeding.GrantAsync(services, BothUnitsAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.Member, "Hoàng Văn Em");
        await RosterSeeding.GrantAsync(services, BothUnitsAad, "UBND Quận 7", ReportFormTests.Agencies, RosterRole.Member, "Hoàng Văn Em");
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private static readonly string[] InputIds = ["results", "progress", "percentComplete", "difficulties", "proposals", "documentReference"];

    private static void AssertEmptyForm(JsonElement form)
    {
        Assert.Single(Buttons(form, ReportFormCards.SubmitVerb));
        Assert.All(InputIds, id => Assert.Null(InputValue(form, id)));
    }

    private async Task SubmitForWardsAsync()
    {
        var form = (await harness.SayAsync("nộp báo cáo", ReporterAad)).FirstCard!.Value;
        var data = Press(Buttons(form, ReportFormCards.SubmitVerb).Single(), new Dictionary<string, JsonNode?>
        {
            ["results"] = "Đã tổ chức 12 buổi tiếp dân.", ["progress"] = "completed", ["documentReference"] = "15/BC-UBND",
        });
        var receipt = await harness.InvokeAsync(ReportFormCards.SubmitVerb, data, ReporterAad);
        Assert.Equal("1", Fact(receipt.GetProperty("value"), "Phiên bản"));
    }

    [Theory]
    [InlineData("cho xin mẫu báo cáo")]
    [InlineData("cho xin mau bao cao")]
    [InlineData("cho em xin biểu mẫu báo cáo 6 tháng")]
    public async Task FormRequest_OneObligation_GivesTheFormEmpty(string text)
    {
        var form = (await harness.SayAsync(text, ReporterAad)).FirstCard!.Value;

        Assert.Equal(ReportFormTests.Wards, Fact(form, "Đơn vị"));
        AssertEmptyForm(form);
    }

    [Fact]
    public async Task FormRequest_AfterTheUnitReported_StillGivesTheFormEmpty()
    {
        await SubmitForWardsAsync();

        var submitAgain = await harness.SayAsync("nộp báo cáo", ReporterAad);
        Assert.Null(submitAgain.FirstCard);
        var form = (await harness.SayAsync("cho xin mau bao cao", ReporterAad)).FirstCard!.Value;

        Assert.Equal(ReportFormTests.Wards, Fact(form, "Đơn vị"));
        AssertEmptyForm(form);
    }

    [Fact]
    public async Task FormRequest_SeveralObligations_ChoiceFirstAndItsButtonOpensTheFormEmpty()
    {
        await SubmitForWardsAsync();

        var choice = (await harness.SayAsync("cho xin mẫu báo cáo", BothUnitsAad)).FirstCard!.Value;

        Assert.Empty(Buttons(choice, ReportFormCards.OpenVerb));
        var buttons = Buttons(choice, ReportFormCards.TemplateVerb);
        Assert.Equal(2, buttons.Count);
        Assert.All(buttons, b => Assert.Equal(ReportFormCards.TemplateVerb, b.GetProperty("fallback").GetProperty("data").GetProperty("verb").GetString()));
        var wardsId = (await RosterSeeding.UnitAsync(harness.Bot.Services, "UBND Quận 7", ReportFormTests.Wards)).Id.ToString();
        var wards = Press(buttons.Single(b => b.GetProperty("data").GetProperty("unitId").GetString() == wardsId));

        var form = await harness.InvokeAsync(ReportFormCards.TemplateVerb, wards.DeepClone().AsObject(), BothUnitsAad);
        AssertEmptyForm(form.GetProperty("value"));
        // The same obligation opened to amend comes prefilled: the template verb is what keeps it empty.
        var amend = await harness.InvokeAsync(ReportFormCards.OpenVerb, wards.DeepClone().AsObject(), BothUnitsAad);
        Assert.Equal("Đã tổ chức 12 buổi tiếp dân.", InputValue(amend.GetProperty("value"), "results"));
    }
}
