using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DanVanBot.App;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// The consolidated report end to end in the Agents Playground: the Playground's user, a coordinator of UBND Quận 7,
/// types the request in the chat UI (headless Chromium), reads the link in the bot's answer, and the test downloads the
/// file from the bot and opens it. The link names a public address the test invents; the path and query are fetched
/// from the bot's loopback address, as a reverse proxy would forward them.
/// </summary>
public sealed partial class ExportPlaygroundTests
{
    private const string PublicBaseUrl = "https://danvan.example.test";

    [RequiresEndToEndFact]
    public async Task CoordinatorAsksForTheConsolidatedReport_GetsALinkAndTheFileOpens()
    {
        await using var session = await ChatSession.OpenAsync(new DateTimeOffset(2022, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)),
            new Dictionary<string, string?> { ["Exports:PublicBaseUrl"] = PublicBaseUrl });
        await Expect(session.Page.GetByText(BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        using var http = new HttpClient { BaseAddress = new Uri(session.Playground.Url) };
        var user = (await http.GetFromJsonAsync<JsonElement>("/_internal/v1/config")).GetProperty("config").GetProperty("currentUser");
        var organisations = session.Bot.Services.GetRequiredService<IOrganisationStore>();
        var quan7 = await organisations.FindOrganisationByNameAsync("UBND Quận 7") ?? throw new InvalidOperationException("sample plans not imported");
        var office = (await organisations.ListUnitsAsync(quan7.Id)).Single(u => u.IsCoordinator);
        await RosterSeeding.GrantAsync(session.Bot.Services, user.GetProperty("aadObjectId").GetString()!, quan7.Name, office.Name, RosterRole.Coordinator);

        await session.SendAsync("xuất báo cáo tổng hợp năm 2022");

        await Expect(session.Page.GetByText(new Regex("Dự thảo báo cáo tổng hợp của UBND Quận 7 \\(năm 2022\\) đã sẵn sàng")).First)
            .ToBeVisibleAsync(new() { Timeout = 30_000 });
        var shown = await session.Page.Locator("body").InnerTextAsync();
        var link = LinkPattern().Match(shown);
        Assert.True(link.Success, shown);

        using var bot = new HttpClient();
        using var response = await bot.GetAsync(new Uri(session.Bot.BaseAddress, new Uri(link.Value).PathAndQuery));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("ỦY BAN NHÂN DÂN QUẬN 7", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả thực hiện công tác dân vận chính quyền năm 2022", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https://danvan\.example\.test/exports/[^\s""<]+")]
    private static partial Regex LinkPattern();
}
