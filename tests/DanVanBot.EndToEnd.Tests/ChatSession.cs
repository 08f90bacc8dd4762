using DanVanBot.App.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>A running bot, a Playground pointed at it, and a Chromium page showing the Playground's chat.</summary>
internal sealed class ChatSession : IAsyncDisposable
{
    private readonly RunningBot bot;
    private readonly PlaygroundProcess playground;
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private ChatSession(RunningBot bot, PlaygroundProcess playground, IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.bot = bot;
        this.playground = playground;
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The bot under test (its services, e.g. to give the Playground's user a profile).</summary>
    public RunningBot Bot => bot;

    public PlaygroundProcess Playground => playground;

    /// <param name="today">Fixes the bot's clock (in Vietnam) so date-dependent answers are deterministic.</param>
    /// <param name="settings">Extra bot configuration.</param>
    public static async Task<ChatSession> OpenAsync(DateTimeOffset? today = null, IDictionary<string, string?>? settings = null)
    {
        // The Playground's own tenant is served, besides the test activities' one.
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Bot:AllowedTenants:1"] = PlaygroundUsers.TenantId };
        var bot = await RunningBot.StartAsync(all, replaceServices: today is { } now
            ? services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new StoppedClock(now)))
            : null);
        var playground = await PlaygroundProcess.StartAsync(bot.MessagesUrl.ToString());
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = EndToEndTools.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        // The Playground's page asks for fonts and a script on a CDN; this machine has no internet and the UI works without them.
        await page.RouteAsync("**/*", route => IsLoopback(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync());
        // The Playground's page is a 9 MB script: on a busy machine its "load" event can take longer than the default
        // 30 s. The tests wait for what they need to see anyway.
        await page.GotoAsync(playground.Url, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 120_000 });
        return new ChatSession(bot, playground, playwright, browser, page);
    }

    public async Task SendAsync(string text)
    {
        var box = Page.Locator("[contenteditable=true][role=textbox]").First;
        await box.ClickAsync();
        await box.FillAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");

    public async ValueTask DisposeAsync()
    {
        try
        {
            var shots = Path.Combine(EndToEndTools.RepoRoot, "tests", "DanVanBot.EndToEnd.Tests", "TestResults");
            Directory.CreateDirectory(shots);
            await Page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"chat-{DateTime.UtcNow:HHmmssfff}.png"), FullPage = true });
        }
        catch (PlaywrightException) { /* a screenshot is a debugging aid only */ }
        await browser.DisposeAsync();
        playwright.Dispose();
        await playground.DisposeAsync();
        await bot.DisposeAsync();
    }
}

/// <summary>A clock stopped at one instant; timers still run on real time (TimeProvider's default), so delays work.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
