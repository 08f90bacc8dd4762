using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Plans;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Working-calendar questions ("họp 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?", "30/4 có được nghỉ không?"):
/// the date or the count with its reasoning, in one sentence. Not a list, so no card.
/// </summary>
internal sealed class WorkdaysHandler(TurnQuestion question, WorkdayAnswers workdays, TimeProvider clock) : IFeatureHandler
{
    public Task HandleAsync(TurnContext turn) =>
        turn.ReplyTextAsync(workdays.Answer(question.For(turn), VietnamTime.Today(clock)).Workdays!.Reasoning);
}
