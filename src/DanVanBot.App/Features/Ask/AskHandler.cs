using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Due, deadline, tasks, search and missing questions, in 1:1 chats, group chats and channels, answered for the
/// current user (their unit, the organisations they may read; for "missing", those they coordinate). "Nhiệm vụ
/// của đơn vị tôi" from someone who belongs to no unit yet gets the join card after the answer.
/// </summary>
internal sealed class AskHandler(TurnQuestion question, AnswerService answers, JoinCards joinCards, TimeProvider clock) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var asked = question.For(turn);
        var user = await turn.CurrentUserAsync();
        var asker = asked.Intent == QuestionIntent.Missing ? Asker.Coordinating(user) : Asker.For(user);
        var today = VietnamTime.Today(clock);
        var answer = await answers.AnswerAsync(asked, today, asker, turn.CancellationToken);

        await turn.ReplyAsync(Present(answer, today, asker));

        var needsUnit = answer.Intent == QuestionIntent.Tasks && answer.UnitNames.Count == 0 && asked.UnitMention is null;
        if (needsUnit && user.IsIdentified && user.ReportingUnits.Count == 0)
            await JoinCards.ShowAsync(turn, action: null, await joinCards.DataAsync(user, null, null, null, null, turn.CancellationToken));
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
