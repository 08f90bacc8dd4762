using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Profiles;
using DanVanBot.Cards;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Due, deadline, tasks, search and missing questions, in 1:1 chats, group chats and channels. The answer
/// comes first; a user the bot has never asked then gets the unit picker, once.
/// </summary>
internal sealed class AskHandler(
    TurnQuestion question, AnswerService answers, AskerResolver askers, UnitPicker picker, TimeProvider clock) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var asked = question.For(turn);
        var who = await askers.ResolveAsync(turn);
        var today = VietnamTime.Today(clock);
        var answer = await answers.AnswerAsync(asked, today, who.Asker, turn.CancellationToken);

        // A confirmation is answered yes or no first; the card with the deadline and its source follows.
        if (ConfirmationText.Render(answer) is { } verdict)
            await turn.ReplyAsync(new Activity { Type = ActivityTypes.Message, Text = verdict, TextFormat = "plain" });
        await turn.ReplyAsync(Present(answer, today, who.Asker));

        var needsUnit = answer.Intent == QuestionIntent.Tasks && answer.UnitNames.Count == 0 && asked.UnitMention is null;
        if ((who.ShouldOfferPicker || needsUnit) && who.UserKey is { } key)
        {
            await askers.MarkAskedAsync(turn, key);
            var data = await picker.CardDataAsync(null, null, turn.CancellationToken);
            await turn.SendAsync(CardMessage.Create(CardNames.UnitPicker, data, BotTexts.UnitPickerSummary));
        }
    }

    private static Activity Present(Answer answer, DateOnly today, Asker asker)
    {
        if (answer.Intent is QuestionIntent.Due or QuestionIntent.Deadline)
        {
            var window = answer.Window ?? AnswerService.DefaultWindow(today);
            var first = new DuePageToken(answer.Intent, window, asker.OrganisationId, asker.UnitId, answer.ReportCadence, 0);
            return DueListPages.Page(answer, today, first);
        }
        return new Activity { Type = ActivityTypes.Message, Text = AnswerText.Render(answer, today), TextFormat = "markdown" };
    }
}
