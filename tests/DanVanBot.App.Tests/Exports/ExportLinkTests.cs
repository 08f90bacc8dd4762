using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVanBot.App.Features.Exports;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Audit;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Exports.ExportHarness;

namespace DanVanBot.App.Tests.Exports;

/// <summary>
/// Delivery in chat over real HTTP: a coordinator asks, gets a signed link, downloads the file from the bot and opens
/// it; altered, expired and other-organisation links are 403; a member gets no link; links and downloads are audited.
/// </summary>
public sealed partial class ExportLinkTests(ExportHarness harness) : IClassFixture<ExportHarness>
{
    [Fact]
    public async Task Chat_CoordinatorAsksForTheConsolidatedReport_DownloadsAValidDocxAndBothStepsAreAudited()
    {
        var since = harness.Clock.GetUtcNow();
        var reply = await harness.SayAsync("xuất báo cáo tổng hợp quý 3");

        Assert.Contains($"Dự thảo báo cáo tổng hợp của {Organisation} (quý III năm 2026) đã sẵn sàng", reply.Text, StringComparison.Ordinal);
        var until = DanVanBot.Domain.Time.VietnamTime.Local(harness.Clock.GetUtcNow().AddMinutes(15));
        Assert.Contains($"dùng được trong 15 phút, đến {until:HH:mm dd/MM/yyyy}", reply.Text, StringComparison.Ordinal);
        var link = LinkIn(reply.Text);
        Assert.StartsWith($"{PublicBaseUrl}/exports/{harness.OrganisationId:D}/docx?from=2026-07-01&to=2026-09-30&", link, StringComparison.Ordinal);

        using var response = await harness.DownloadAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportFormat.Docx.ContentType(), response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-tong-hop_2026-07-01_2026-09-30.docx", response.Content.Headers.ContentDisposition?.FileName);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains(Submissions[0].Results, document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        var audit = await harness.Bot.Services.GetRequiredService<IAuditLog>().ListAsync(since);
        Assert.Contains(audit, e => e is { Action: "export.link", Actor: CoordinatorAad } && e.OrganisationId == harness.OrganisationId);
        Assert.Contains(audit, e => e is { Action: "export.download", Actor: CoordinatorAad } && e.OrganisationId == harness.OrganisationId);
    }

    [Fact]
    public async Task Chat_TypedWithoutDiacritics_GivesTheWorkbook()
    {
        var reply = await harness.SayAsync("tai bang theo doi quy 3");

        var link = LinkIn(reply.Text);
        Assert.Contains("/xlsx?", link, StringComparison.Ordinal);
        using var response = await harness.DownloadAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new WorkbookReader(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(workbook.Cells(ExportTexts.ComplianceSheet).Values, c => c.Text == TamNgai);
    }

    [Fact]
    public async Task ComplianceCardButton_GivesALinkInChat()
    {
        var data = new JsonObject { ["format"] = "xlsx", ["from"] = "2026-07-01", ["to"] = "2026-09-30" };
        using var http = new HttpClient();
        using var pressed = await http.PostAsync(harness.Bot.MessagesUrl,
            PlanActivities.CardAction(harness.Connector.ServiceUrl, ExportRequestHandler.Verb, data, CoordinatorAad));
        pressed.EnsureSuccessStatusCode();
        var reply = await harness.Connector.NextCallAsync();
        Assert.Contains($"{PublicBaseUrl}/exports/{harness.OrganisationId:D}/xlsx?from=2026-07-01&to=2026-09-30&", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_AlteredLinks_AreRefusedWith403()
    {
        var link = LinkIn((await harness.SayAsync("xuất báo cáo tổng hợp quý 3")).Text);
        using (var valid = await harness.DownloadAsync(link)) Assert.Equal(HttpStatusCode.OK, valid.StatusCode);

        string[] altered =
        [
            link[..^1] + (link[^1] == '0' ? '1' : '0'),
            link.Replace("from=2026-07-01", "from=2026-01-01", StringComparison.Ordinal),
            Regex.Replace(link, @"exp=(\d+)", m => $"exp={long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 3600}"),
            link.Replace($"by={CoordinatorAad}", $"by={OtherCoordinatorAad}", StringComparison.Ordinal),
            link.Replace("/docx?", "/xlsx?", StringComparison.Ordinal),
            Regex.Replace(link, "&sig=[0-9a-f]+", ""),
            link.Replace(harness.OrganisationId.ToString("D"), harness.OtherOrganisationId.ToString("D"), StringComparison.Ordinal),
        ];
        foreach (var variant in altered)
        {
            Assert.NotEqual(link, variant);
            using var response = await harness.DownloadAsync(variant);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(ExportTexts.LinkRefused, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Download_OtherOrganisationsCoordinator_GetsOnlyTheirOwnAndCannotReachOurs()
    {
        var reply = await harness.SayAsync("xuất báo cáo tổng hợp quý 3", OtherCoordinatorAad);

        var theirs = LinkIn(reply.Text);
        Assert.Contains($"/exports/{harness.OtherOrganisationId:D}/", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(Organisation, reply.Text, StringComparison.Ordinal);
        using var ours = await harness.DownloadAsync(theirs.Replace(harness.OtherOrganisationId.ToString("D"), harness.OrganisationId.ToString("D"), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, ours.StatusCode);
    }

    [Fact]
    public async Task Chat_MemberAsks_IsRefusedAndNoLinkIsGiven()
    {
        var since = harness.Clock.GetUtcNow();
        var reply = await harness.SayAsync("xuất báo cáo tổng hợp quý 3", MemberAad);

        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "cơ quan"), reply.Text);
        Assert.DoesNotContain("/exports/", reply.AllText, StringComparison.Ordinal);
        var audit = await harness.Bot.Services.GetRequiredService<IAuditLog>().ListAsync(since);
        Assert.DoesNotContain(audit, e => e.Action == "export.link" && e.Actor == MemberAad);
    }

    private static string LinkIn(string? text) =>
        LinkPattern().Match(text ?? string.Empty) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"no link in: {text}");

    [GeneratedRegex(@"https://danvan\.example\.test/exports/\S+")]
    private static partial Regex LinkPattern();
}
