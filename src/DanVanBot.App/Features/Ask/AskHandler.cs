using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Due, deadline, tasks, search and missing questions, in 1:1 chats, group chats and channels, answered for the
/// current user (the roster's word: their unit, the organisations they may read; a coordinator's answers cover every
/// unit of their organisation) as pages of the answer-list card, a confirmation's yes or no first, as a sentence.
/// Someone who belongs to no unit yet and asks about "đơn vị tôi" gets the join card after the answer.
/// </summary>
internal sealed class AskHandler(TurnQuestion question, AnswerService answers, AnswerLines lines, JoinCards joinCards, TimeProvider clock)
    : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var asked = question.For(turn);
        var user = await turn.CurrentUserAsync();
        var today = VietnamTime.Today(clock);
        var answer = await answers.AnswerAsync(asked, today, Asker.For(user, asked.Intent), turn.CancellationToken);

        if (ConfirmationText.Render(answer) is { } verdict) await turn.ReplyTextAsync(verdict);
        if (answer.NeedsUnit) await turn.ReplyTextAsync(AskTexts.MissingNeedsUnit);
        else
            await turn.ReplyAsync(AnswerCards.Page(answer, await lines.BuildAsync(answer, today, turn.CancellationToken), today,
                new AnswerPageToken(today, 0, turn.TextWithoutMentions)));

        var needsUnit = answer.NeedsUnit || (answer.Intent == QuestionIntent.Tasks && answer.UnitNames.Count == 0 && asked.UnitMention is null);
        if (needsUnit && user.IsIdentified && user.ReportingUnits.Count == 0)
            await JoinCards.ShowAsync(turn, action: null, await joinCards.DataAsync(user, null, null, null, null, turn.CancellationToken));
    }
}
