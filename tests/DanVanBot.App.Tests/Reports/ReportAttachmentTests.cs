using System.Security.Cryptography;
using System.Text;
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
/// "Đính kèm văn bản" over real HTTP: the receipt's button, then the document sent in the chat (served by a local file
/// server playing OneDrive), attached to that version with hash, size, name and uploader, and listed in the
/// coordinator's report view. Too large, wrong kind, or not the unit's: a clear answer, and nothing attached.
/// </summary>
public sealed class ReportAttachmentTests : IAsyncLifetime
{
    private const string ReporterAad = ReportFormTests.ReporterAad;
    private const string AgencyAad = ReportFormTests.AgencyAad;
    private PlanImportHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await PlanImportHarness.StartAsync();
        await RosterSeeding.GrantAsync(harness.Bot.Services, ReporterAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.Member, "Lê Văn Cường");
        await RosterSeeding.GrantAsync(harness.Bot.Services, AgencyAad, "UBND Quận 7", ReportFormTests.Agencies, RosterRole.Member, "Phạm Thị Dung");
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private IReportStore Reports => harness.Bot.Services.GetRequiredService<IReportStore>();

    public static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);
        for (var i = 9; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    /// <summary>Submits the wards' report and returns the receipt card.</summary>
    private async Task<JsonElement> SubmitAsync()
    {
        var form = (await harness.SayAsync("nộp báo cáo", ReporterAad)).FirstCard!.Value;
        var data = Press(Buttons(form, ReportFormCards.SubmitVerb).Single(),
            new Dictionary<string, JsonNode?> { ["results"] = "Đã tổ chức 12 buổi tiếp dân.", ["progress"] = "completed" });
        return (await harness.InvokeAsync(ReportFormCards.SubmitVerb, data, ReporterAad)).GetProperty("value");
    }

    private async Task<string?> PressAttachAsync(JsonElement receipt, string userAad = ReporterAad)
    {
        var answer = await harness.InvokeAsync(ReportAttachStartHandler.Verb, Press(Buttons(receipt, ReportAttachStartHandler.Verb).Single()), userAad);
        return answer.GetProperty("value").GetString();
    }

    private async Task<ReportDetails> StoredAsync(JsonElement receipt) =>
        (await Reports.FindReportByIdAsync(Guid.Parse(Buttons(receipt, ReportAttachStartHandler.Verb).Single()
            .GetProperty("data").GetProperty("reportId").GetString()!)))!;

    [Fact]
    public async Task Attach_PdfAfterTheButton_IsStoredOnThatVersionWithHashAndListedInTheCoordinatorsView()
    {
        var receipt = await SubmitAsync();
        var content = Pdf(150_000);

        Assert.Contains("PDF hoặc DOCX (tối đa 10 MB)", await PressAttachAsync(receipt));
        var reply = await harness.UploadAsync("15-BC-UBND.pdf", content, ReporterAad);

        Assert.StartsWith("Đã đính kèm “15-BC-UBND.pdf” (147 KB) vào phiên bản 1", reply.Text);
        var attachment = Assert.Single((await StoredAsync(receipt)).Current.Attachments);
        Assert.Equal(("15-BC-UBND.pdf", "application/pdf", 150_000L, 1), (attachment.FileName, attachment.ContentType, attachment.SizeBytes, attachment.Version));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), attachment.Sha256);
        Assert.Equal((ReporterAad, "Lê Văn Cường"), (attachment.UploadedBy.AadObjectId, attachment.UploadedBy.Name));
        Assert.Equal(content, (await Reports.OpenAttachmentAsync(attachment.Id))!.Content);

        // The wait ends with the file: the next file is a plan upload again, which a member may not make.
        var next = await harness.UploadAsync("khac.pdf", Pdf(1000), ReporterAad);
        Assert.DoesNotContain("Đã đính kèm", next.Text);
        Assert.Single((await StoredAsync(receipt)).Current.Attachments);

        var compliance = (await harness.SayAsync("tình hình nộp báo cáo tháng 4")).FirstCard!.Value;
        var view = await harness.InvokeAsync(ReportViewTarget.Verb, Press(Buttons(compliance, ReportViewTarget.Verb).Single()));
        Assert.Contains(Texts(view.GetProperty("value")), t => t.Contains("15-BC-UBND.pdf (147 KB, Lê Văn Cường gửi lúc 09:00 01/04/2022)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attach_Docx_IsStoredAsWord()
    {
        var receipt = await SubmitAsync();
        await PressAttachAsync(receipt);

        var reply = await harness.UploadAsync("bao-cao.docx", DanVanBot.App.Tests.Hostile.HostileDocx.ManyParagraphs(3), ReporterAad);

        Assert.StartsWith("Đã đính kèm “bao-cao.docx”", reply.Text);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Assert.Single((await StoredAsync(receipt)).Current.Attachments).ContentType);
    }

    public static TheoryData<string, int, string> Refused => new()
    {
        { "qua-lon.pdf", 10 * 1024 * 1024 + 1, "quá lớn (tối đa 10 MB)" },
        { "anh-chup.png", 2000, "không phải văn bản PDF hoặc Word" },
        { "doi-ten.pdf", -2000, "không phải văn bản PDF hoặc Word" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Attach_TooLargeOrWrongKind_IsAnsweredAndNothingIsStored(string name, int size, string expected)
    {
        var receipt = await SubmitAsync();
        await PressAttachAsync(receipt);
        var before = await DatabaseSnapshot.TakeAsync(harness.Bot.Services);

        // A negative size: that many bytes that are not a PDF, under a .pdf name.
        var content = size > 0 ? Pdf(size) : Enumerable.Repeat((byte)0x89, -size).ToArray();
        var reply = await harness.UploadAsync(name, content, ReporterAad);

        Assert.Contains(expected, reply.Text);
        Assert.Contains(name, reply.Text);
        Assert.Empty((await StoredAsync(receipt)).Current.Attachments);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(harness.Bot.Services));

        // The wait stays: the right file can follow.
        var retry = await harness.UploadAsync("dung.pdf", Pdf(500), ReporterAad);
        Assert.StartsWith("Đã đính kèm “dung.pdf”", retry.Text);
    }

    [Fact]
    public async Task AttachButton_PressedByAnotherUnitsMember_IsRefusedAndTheirFileIsNotAttached()
    {
        var receipt = await SubmitAsync();

        Assert.Equal(string.Format(AccessTexts.NeedMemberOf, ReportFormTests.Wards), await PressAttachAsync(receipt, AgencyAad));
        await harness.UploadAsync("chen-ngang.pdf", Pdf(500), AgencyAad);

        Assert.Empty((await StoredAsync(receipt)).Current.Attachments);
    }

    [Fact]
    public async Task AttachButton_WithAnotherReportsVersion_IsNoReport()
    {
        var receipt = await SubmitAsync();
        var data = Press(Buttons(receipt, ReportAttachStartHandler.Verb).Single());
        data["version"] = "7";

        var answer = await harness.InvokeAsync(ReportAttachStartHandler.Verb, data, ReporterAad);

        Assert.Equal(ReportTexts.ReportUnknown, answer.GetProperty("value").GetString());
    }
}
