using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Help;

/// <summary>
/// "trợ giúp" / "hướng dẫn" / "help" at any time: what the bot does for this user (what their roles let them use) and
/// example questions. A request for the report form ("cho xin biểu mẫu báo cáo quý") first says that the form is not in
/// use yet.
/// </summary>
internal sealed class HelpHandler(TurnQuestion question, RouteTable routes) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        if (question.For(turn).AsksForForm) await turn.ReplyTextAsync(AskTexts.FormNotYet);
        var topics = HelpTopics.For(await turn.CurrentUserAsync(), routes);
        await turn.ReplyAsync(CardMessage.Create(CardNames.Help, HelpCards.Data(false, topics), BotTexts.HelpSummary));
    }
}

/// <summary>The bot was added to a personal chat: greet the user with the same card, as a welcome.</summary>
internal sealed class WelcomeHandler(RouteTable routes) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var topics = HelpTopics.For(await turn.CurrentUserAsync(), routes);
        await turn.SendAsync(CardMessage.Create(CardNames.Help, HelpCards.Data(true, topics, FirstName(turn.Activity.From?.Name)), BotTexts.WelcomeSummary));
    }

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

internal static class HelpCards
{
    public static HelpCardData Data(bool isWelcome, IEnumerable<HelpTopic> topics, string? userName = null) => new(
        isWelcome,
        topics.Select(t => new HelpTopicLine(t.Title, t.Text)).ToList(),
        HelpTopics.Buttons.Select(b => new HelpButton(b.Title, b.Question)).ToList(),
        userName);
}
