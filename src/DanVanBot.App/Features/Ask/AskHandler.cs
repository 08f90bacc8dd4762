using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Profiles;
using DanVanBot.Cards;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Due, deadline, tasks, search and missing questions, in 1:1 chats, group chats and channels, answered as pages of the
/// answer-list card, a confirmation's yes or no first, as a sentence. The answer comes first; a user the bot has never
/// asked then gets the unit picker, once.
/// </summary>
internal sealed class AskHandler(
    TurnQuestion question, AnswerService answers, AnswerLines lines, AskerResolver askers, UnitPicker picker, TimeProvider clock) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var asked = question.For(turn);
        var who = await askers.ResolveAsync(turn);
        var today = VietnamTime.Today(clock);
        var answer = await answers.AnswerAsync(asked, today, who.Asker, turn.CancellationToken);

        // A confirmation is answered yes or no first; the card with the deadline and its source follows.
        if (ConfirmationText.Render(answer) is { } verdict) await turn.ReplyTextAsync(verdict);
        if (answer.NeedsUnit) await turn.ReplyTextAsync(AskTexts.MissingNeedsUnit);
        else
            await turn.ReplyAsync(AnswerCards.Page(answer, await lines.BuildAsync(answer, today, turn.CancellationToken), today,
                new AnswerPageToken(today, 0, turn.TextWithoutMentions)));

        var needsUnit = answer.NeedsUnit || (answer.Intent == QuestionIntent.Tasks && answer.UnitNames.Count == 0 && asked.UnitMention is null);
        if ((who.ShouldOfferPicker || needsUnit) && who.UserKey is { } key)
        {
            await askers.MarkAskedAsync(turn, key);
            var data = await picker.CardDataAsync(null, null, turn.CancellationToken);
            await turn.SendAsync(CardMessage.Create(CardNames.UnitPicker, data, BotTexts.UnitPickerSummary));
        }
    }
}
