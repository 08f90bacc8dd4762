using Microsoft.Playwright;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// Headless Chromium showing one Agents Playground each page: one Playground is one person's Teams, so a test with
/// two people opens two pages on one browser.
/// </summary>
internal static class PlaygroundPages
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = EndToEndTools.ChromiumPath, Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    public static async Task<IPage> OpenAsync(IBrowser browser, PlaygroundProcess playground)
    {
        var page = await browser.NewPageAsync();
        // The Playground's page asks for fonts and a script on a CDN; this machine has no internet and the UI works without them.
        await page.RouteAsync("**/*", route =>
            Uri.TryCreate(route.Request.Url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob")
                ? route.ContinueAsync() : route.AbortAsync());
        // The page is a 9 MB script: on a busy machine its "load" event can take longer than the default 30 s.
        await page.GotoAsync(playground.Url, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 120_000 });
        return page;
    }

    public static async Task SendAsync(IPage page, string text)
    {
        var box = page.Locator("[contenteditable=true][role=textbox]").First;
        await box.ClickAsync();
        await box.FillAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
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
