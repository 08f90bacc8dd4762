using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// The question in this turn, understood once (scoped to the turn) and shared by every route
/// predicate and handler that asks about it.
/// </summary>
internal sealed class TurnQuestion(QuestionInterpreter interpreter, TimeProvider clock)
{
    private Question? question;

    public Question For(TurnContext turn) =>
        question ??= interpreter.Interpret(turn.TextWithoutMentions, VietnamTime.Today(clock));

    public static bool IsTextMessage(TurnContext turn) =>
        turn.Activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(turn.TextWithoutMentions);

    public static Func<TurnContext, bool> Is(QuestionIntent intent) =>
        turn => IsTextMessage(turn) && turn.Services.GetRequiredService<TurnQuestion>().For(turn).Intent == intent;

    public static Func<TurnContext, bool> IsAny(IReadOnlyCollection<QuestionIntent> intents) =>
        turn => IsTextMessage(turn) && intents.Contains(turn.Services.GetRequiredService<TurnQuestion>().For(turn).Intent);
}
