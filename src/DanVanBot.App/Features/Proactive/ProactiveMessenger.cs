using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Conversations;

namespace DanVanBot.App.Features.Proactive;

/// <summary>
/// Messages people first, outside any turn of theirs (approvals, decisions, and later reminders): through the
/// personal chat the roster links to them (<see cref="IPersonConversations"/>) and the Connector client. A person
/// with no such chat has never talked to the bot (or the app is not installed for them) and is skipped.
/// </summary>
internal sealed class ProactiveMessenger(IPersonConversations conversations, IConnectorClient connector, ILogger<ProactiveMessenger> logger)
{
    /// <returns>The people the message reached.</returns>
    public async Task<IReadOnlyList<Guid>> SendToPeopleAsync(
        IReadOnlyCollection<Guid> personIds, Func<Guid, Activity> message, CancellationToken cancellationToken)
    {
        var reached = new List<Guid>();
        foreach (var (personId, reference) in await conversations.FindPersonalAsync(personIds, cancellationToken))
        {
            var result = await SendAsync(reference, message(personId), cancellationToken);
            if (result.Succeeded) reached.Add(personId);
            else Log.ProactiveFailed(logger, personId, result.Outcome.ToString());
        }
        return reached;
    }

    public Task<ConnectorResult<ResourceResponse>> SendAsync(
        ConversationReferenceRecord reference, Activity message, CancellationToken cancellationToken)
    {
        message.Type ??= ActivityTypes.Message;
        message.ChannelId ??= reference.ChannelId;
        message.From ??= new ChannelAccount { Id = reference.BotId, Name = reference.BotName };
        message.Recipient ??= reference.UserId is null ? null : new ChannelAccount { Id = reference.UserId, Name = reference.UserName };
        message.Conversation ??= new ConversationAccount
        {
            Id = reference.ConversationId, TenantId = reference.TenantId, ConversationType = reference.ConversationType,
        };
        return connector.SendAsync(reference.ServiceUrl, reference.ConversationId, message, cancellationToken);
    }
}
