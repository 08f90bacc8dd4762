using DanVanBot.Protocol.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// Point 10: an answer shown above its question. The Playground's page adds the user's own message when its POST to the
/// Playground returns, but adds the bot's messages as they come in on its WebSocket, in arrival order (it overwrites
/// the bot's timestamp and ignores replyToId and localTimestamp for ordering). A browser slow to handle that POST
/// (here: its answer held back 600 ms, as a busy page does) then shows a fast reply first. The bot's
/// <see cref="BotHostingOptions.MinimumReplyDelay"/>, set by ./run, keeps the answer below the question.
/// </summary>
public sealed class ReplyOrderTests
{
    [RequiresEndToEndFact]
    public async Task SlowBrowser_WithTheRunScriptsReplyDelay_ShowsEachAnswerBelowItsQuestion()
    {
        await using var session = await ChatSession.OpenAsync(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)),
            new Dictionary<string, string?> { ["BotHosting:MinimumReplyDelay"] = "00:00:01.500" });
        await Expect(session.Page.GetByText(App.BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await session.Page.RouteAsync("**/_conversation/v1/conversations/*/messages", async route =>
        {
            var response = await route.FetchAsync();
            await Task.Delay(600); // a busy page: the POST's answer is handled late
            await route.FulfillAsync(new() { Response = response });
        });

        foreach (var (question, heading) in new[] { ("tháng này có gì đến hạn", "Đến hạn trong tháng 11/2026"), ("tìm kế hoạch năm 2025", "Tìm thấy 2 kế hoạch") })
        {
            await session.SendAsync(question);
            await Expect(session.Page.GetByText(heading, new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(session.Page.GetByText(question, new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            Assert.True(await QuestionFirstAsync(session.Page, question, heading), $"the answer “{heading}” is shown above its question “{question}”");
        }
    }

    /// <summary>In the chat column (the log panel on the right repeats the texts), the question comes before the answer.</summary>
    private static Task<bool> QuestionFirstAsync(IPage page, string question, string heading) => page.EvaluateAsync<bool>("""
        ([q, h]) => {
          const inChat = (text) => [...document.querySelectorAll('body *')].filter((e) => e.textContent.trim() === text
            && e.children.length === 0 && e.getBoundingClientRect().left < window.innerWidth * 0.7);
          const asked = inChat(q).at(-1), answered = inChat(h).at(-1);
          return !!asked && !!answered && (asked.compareDocumentPosition(answered) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        }
        """, new[] { question, heading });
}
