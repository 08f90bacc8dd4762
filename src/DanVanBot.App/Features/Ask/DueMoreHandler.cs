using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Identity;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>"Xem thêm" (verb due.more): runs the page token's query again and sends the next page.</summary>
internal sealed class DueMoreHandler(AnswerService answers, TimeProvider clock) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var token = DuePageToken.TryParse(action.GetString("pageToken"));
        if (token is null)
        {
            if (action.IsInvoke) turn.InvokeResult = InvokeResult.Message(BotTexts.DueMoreExpired);
            else await turn.ReplyAsync(new() { Text = BotTexts.DueMoreExpired, TextFormat = "plain" });
            return;
        }

        var today = VietnamTime.Today(clock);
        // The card's token says what to fetch, never whose: the asker is the current user, as on the first page.
        var asker = Asker.For(await turn.CurrentUserAsync());
        var answer = token.Intent == QuestionIntent.Deadline
            ? await answers.DeadlineAsync(token.Window, token.Cadence, today, asker, turn.CancellationToken)
            : await answers.DueAsync(token.Window, today, asker, turn.CancellationToken);
        await turn.SendAsync(DueListPages.Page(answer, today, token));
        if (action.IsInvoke) turn.InvokeResult = InvokeResult.Message(BotTexts.DueMoreSent);
    }
}
