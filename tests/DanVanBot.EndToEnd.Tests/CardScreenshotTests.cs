using System.Net;
using System.Text.Json;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// The screenshot check (points 8 and 9): the due card, the tasks card and the help card as the bot sends them, drawn
/// by Microsoft's renderer at phone width in a light and a dark Teams theme, written to a folder the test prints. Each
/// must render without the renderer's warnings, and every piece of text must reach WCAG AA contrast (4.5:1) against
/// what is behind it: notes and statuses use the host's semantic container styles, not yellow or red text on white.
/// </summary>
public sealed class CardScreenshotTests(ITestOutputHelper output)
{
    private const double MinimumContrast = 4.5;
    private const string Member = "00000000-0000-0000-0000-0000000000b7";

    [RequiresEndToEndFact]
    public async Task DueTasksAndHelpCards_PhoneWidthLightAndDark_RenderCleanAndReadable()
    {
        var cards = await CardsFromTheBotAsync();
        var folder = Path.Combine(EndToEndTools.RepoRoot, "tests", "DanVanBot.EndToEnd.Tests", "TestResults", $"cards-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(folder);
        output.WriteLine($"Card screenshots: {folder}");
        Console.WriteLine($"Card screenshots: {folder}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = EndToEndTools.ChromiumPath, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 640 } });
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var problems = new List<string>();
        foreach (var (themeName, theme) in new[] { ("light", CardRendering.PlaygroundLightTheme()), ("dark", CardRendering.DarkTheme()) })
        {
            foreach (var (cardName, card) in cards)
            {
                var shot = Path.Combine(folder, $"{cardName}-{themeName}.png");
                var rendered = await CardRendering.RenderAsync(page, card, theme, shot);
                problems.AddRange(rendered.Warnings.Select(w => $"{cardName}/{themeName}: renderer warning: {w}"));
                problems.AddRange(rendered.Texts.Where(t => t.Ratio < MinimumContrast)
                    .Select(t => $"{cardName}/{themeName}: contrast {t.Ratio}:1 for “{t.Text}”"));
                Assert.True(rendered.Texts.Count > 3, $"{cardName}/{themeName} rendered no text");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(6, Directory.GetFiles(folder, "*.png").Length);
    }

    /// <summary>
    /// Real cards from the bot, on 03/05/2022 for a Quận 7 ward: an overdue holiday deadline not yet reported, a weekend
    /// deadline already reported, and the assumed-date note Development shows.
    /// </summary>
    private static async Task<List<(string Name, JsonElement Card)>> CardsFromTheBotAsync()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Bot:FixedToday"] = "2022-05-03" });
        var wards = await RosterSeeding.GrantAsync(bot.Services, Member, "UBND Quận 7", "UBND 10 Phường", RosterRole.Member);
        var october = (await bot.Services.GetRequiredService<IPlanStore>().FindDueAsync(wards.OrganisationId, DateWindow.Month(2022, 10), wards.Id))
            .First(d => d.DueOn.Day == 29);
        await bot.Services.GetRequiredService<IReportStore>().SubmitAsync(new ReportSubmission(Guid.NewGuid(), october.OccurrenceId, wards.Id, new ReportContent("Đã nộp"), new ReportAuthor(Member, "An")));

        using var http = new HttpClient();
        var cards = new List<(string, JsonElement)>();
        foreach (var (name, question) in new[] { ("due", "năm 2022 có gì đến hạn"), ("tasks", "nhiệm vụ của đơn vị tôi"), ("help", "trợ giúp") })
        {
            using var response = await http.PostAsync(bot.MessagesUrl, Activities.Message(connector.ServiceUrl, question, userAad: Member));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            cards.Add((name, (await connector.NextCallAsync()).FirstCard!.Value));
        }
        return cards;
    }
}
