using DanVanBot.App.Features.Ask;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Help;

/// <summary>
/// "trợ giúp" / "hướng dẫn" / "help" at any time: what the bot does and example questions. A request for the report
/// form ("cho xin biểu mẫu báo cáo quý") first says that the form is not in use yet.
/// </summary>
internal sealed class HelpHandler(TurnQuestion question) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        if (question.For(turn).AsksForForm)
            await turn.ReplyAsync(new Protocol.Schema.Activity { Type = Protocol.Schema.ActivityTypes.Message, Text = AskTexts.FormNotYet, TextFormat = "plain" });
        await turn.ReplyAsync(CardMessage.Create(CardNames.Help, new HelpCardData(IsWelcome: false), BotTexts.HelpSummary));
    }
}

/// <summary>The bot was added to a personal chat: greet the user with the same card, as a welcome.</summary>
internal sealed class WelcomeHandler : IFeatureHandler
{
    public Task HandleAsync(TurnContext turn) =>
        turn.SendAsync(CardMessage.Create(
            CardNames.Help,
            new HelpCardData(IsWelcome: true, UserName: FirstName(turn.Activity.From?.Name)),
            BotTexts.WelcomeSummary));

    /// <summary>
    /// True for the conversationUpdate that adds the bot itself to a personal chat (Teams and the
    /// Playground send it on install). Group chats and channels get no unsolicited card.
    /// </summary>
    public static bool IsBotAddedToPersonalChat(TurnContext turn) =>
        turn.Activity.Type == Protocol.Schema.ActivityTypes.ConversationUpdate
        && turn.Activity.Conversation?.ConversationType is null or "personal"
        && turn.Activity.MembersAdded?.Any(m => m.Id == turn.Activity.Recipient?.Id) == true;

    // Vietnamese full names put the given name last: "Nguyễn Văn An" is greeted as "An".
    private static string? FirstName(string? fullName) =>
        string.IsNullOrWhiteSpace(fullName) ? null : fullName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
