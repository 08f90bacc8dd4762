using DanVanBot.App;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// Joining a unit end to end in the Agents Playground: two people, two Playgrounds (one Playground plays one person's
/// Teams) on one bot, each page in headless Chromium. The newcomer finds the unit on the join card and asks; the
/// unit's head gets the approval card in their own chat (a proactive message), approves; the newcomer is told, and
/// then asks about their unit as a member.
/// </summary>
public sealed class JoinRequestPlaygroundTests
{
    private const string NewcomerAad = "00000000-0000-0000-0000-0000000000020";
    private const string HeadAad = "00000000-0000-0000-0000-0000000000021";

    [RequiresEndToEndFact]
    public async Task NewPersonRequestsUnit_HeadApprovesInAnotherChat_PersonIsToldAndAsksAsMember()
    {
        var directory = Directory.CreateTempSubdirectory("danvanbot-e2e-").FullName;
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Bot:AllowedTenants:1"] = PlaygroundUsers.TenantId });
        await RosterSeeding.GrantAsync(bot.Services, HeadAad, "UBND Quận 7", "UBND 10 Phường", RosterRole.UnitHead, "Trưởng phòng Hà");
        await using var newcomerTeams = await PlaygroundProcess.StartAsync(bot.MessagesUrl.ToString(),
            PlaygroundUsers.WriteConfig(directory, "newcomer", "Nguyễn Văn Mới", NewcomerAad, "a:personal-newcomer"));
        await using var headTeams = await PlaygroundProcess.StartAsync(bot.MessagesUrl.ToString(),
            PlaygroundUsers.WriteConfig(directory, "head", "Trưởng phòng Hà", HeadAad, "a:personal-head"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = EndToEndTools.ChromiumPath, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var head = await OpenAsync(browser, headTeams);
        var newcomer = await OpenAsync(browser, newcomerTeams);
        try
        {
            // Both chats are open (the welcome card): the bot now holds both conversation references.
            await Expect(head.GetByText(BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(newcomer.GetByText(BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });

            await SendAsync(newcomer, "tham gia đơn vị");
            await newcomer.GetByPlaceholder("Ví dụ: phong noi vu, UBND phường 1").Last.FillAsync("10 phuong", new() { Timeout = 30_000 });
            await newcomer.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).Last.ClickAsync();
            // "10 phuong" names two wards (Quận 7's and Bình Tân's): nothing is chosen for the user, who picks one, as in
            // Teams. Sending without a choice is stopped by the card itself (the input is required), and reaches no bot.
            var quan7 = newcomer.GetByRole(AriaRole.Radio, new() { Name = "UBND 10 Phường — UBND Quận 7", Exact = true }).Last;
            await Expect(quan7).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await quan7.CheckAsync();
            await newcomer.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu" }).Last.ClickAsync();
            await Expect(newcomer.GetByText("Đã gửi yêu cầu tham gia UBND 10 Phường — UBND Quận 7").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

            await Expect(head.GetByText("Yêu cầu tham gia đơn vị").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(head.GetByText("Nguyễn Văn Mới").First).ToBeVisibleAsync();
            await head.GetByRole(AriaRole.Button, new() { Name = "Duyệt" }).Last.ClickAsync();
            await Expect(head.GetByText("Đã duyệt bởi Trưởng phòng Hà").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

            await Expect(newcomer.GetByText("Yêu cầu tham gia UBND 10 Phường — UBND Quận 7 của anh/chị đã được Trưởng phòng Hà duyệt").First)
                .ToBeVisibleAsync(new() { Timeout = 30_000 });
            await SendAsync(newcomer, "nhiệm vụ của đơn vị tôi");
            await Expect(newcomer.GetByText("Nhiệm vụ của UBND 10 Phường").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        finally
        {
            await ScreenshotAsync(newcomer, "join-newcomer");
            await ScreenshotAsync(head, "join-head");
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { /* best effort */ }
        }
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, PlaygroundProcess playground)
    {
        var page = await browser.NewPageAsync();
        // The Playground's page asks for fonts and a script on a CDN; this machine has no internet and the UI works without them.
        await page.RouteAsync("**/*", route =>
            Uri.TryCreate(route.Request.Url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob")
                ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(playground.Url);
        return page;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.Locator("[contenteditable=true][role=textbox]").First;
        await box.ClickAsync();
        await box.FillAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        try
        {
            var shots = Path.Combine(EndToEndTools.RepoRoot, "tests", "DanVanBot.EndToEnd.Tests", "TestResults");
            Directory.CreateDirectory(shots);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{name}-{DateTime.UtcNow:HHmmssfff}.png"), FullPage = true });
        }
        catch (PlaywrightException) { /* a screenshot is a debugging aid only */ }
    }
}
