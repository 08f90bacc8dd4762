using System.Text.RegularExpressions;
using DanVanBot.App;
using DanVanBot.App.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// The bot and Microsoft's Agents Playground, driven through the Playground's own web UI in headless
/// Chromium, the way a person would use it.
/// </summary>
public sealed class PlaygroundConversationTests
{
    [RequiresEndToEndFact]
    public async Task OpenChat_ThenTypeHelp_ShowsWelcomeCardThenHelpCard()
    {
        await using var session = await ChatSession.OpenAsync();

        await Expect(session.Page.GetByText(BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await session.SendAsync("trợ giúp");
        await Expect(session.Page.GetByText(BotTexts.HelpHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    [RequiresEndToEndFact]
    public async Task AskWhatIsDueThisMonth_ShowsAnswerCard()
    {
        // 21/11/2026: the Cầu Ngang annual report (due 24/11/2026) is due this month.
        await using var session = await ChatSession.OpenAsync(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)));
        await Expect(session.Page.GetByText(BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await session.SendAsync("tháng này có gì đến hạn");

        // The answer card's heading ("Đến hạn trong tháng 11/2026"), not the welcome card's button text.
        var heading = new Regex("^" + BotTexts.DueHeadingPrefix + " trong tháng \\d{1,2}/\\d{4}$");
        await Expect(session.Page.GetByText(heading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(session.Page.GetByText("Báo cáo năm").First).ToBeVisibleAsync();
        await Expect(session.Page.GetByText("Thứ Ba, 24/11/2026").First).ToBeVisibleAsync();
    }
}
