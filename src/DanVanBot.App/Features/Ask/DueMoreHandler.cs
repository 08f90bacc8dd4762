using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Identity;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// "Xem thêm" (verb due.more) on any list answer: asks the token's question again, on the day it was first asked, for
/// whoever pressed the button (the token says what to fetch, never whose), and sends the next page.
/// </summary>
internal sealed class DueMoreHandler(QuestionInterpreter interpreter, AnswerService answers, AnswerLines lines) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var token = AnswerPageToken.TryParse(action.GetString("pageToken"));
        if (token is null)
        {
            if (action.IsInvoke) turn.InvokeResult = InvokeResult.Message(AskTexts.DueMoreExpired);
            else await turn.ReplyAsync(new() { Text = AskTexts.DueMoreExpired, TextFormat = "plain" });
            return;
        }

        var day = token.AskedOn;
        var question = interpreter.Interpret(token.Question, day);
        var asker = Asker.For(await turn.CurrentUserAsync(), question.Intent);
        var answer = await answers.AnswerAsync(question, day, asker, turn.CancellationToken);
        await turn.SendAsync(AnswerCards.Page(answer, await lines.BuildAsync(answer, day, turn.CancellationToken), day, token));
        if (action.IsInvoke) turn.InvokeResult = InvokeResult.Message(AskTexts.DueMoreSent);
    }
}
