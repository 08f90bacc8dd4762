namespace DanVanBot.Storage.Conversations;

/// <summary>
/// What the bot must remember to message a conversation later without being asked (protocol spec §3).
/// The host fills it from an authenticated inbound activity; the store stamps the times.
/// </summary>
public sealed record ConversationReferenceRecord
{
    /// <summary><c>conversation.id</c>: the key.</summary>
    public required string ConversationId { get; init; }

    /// <summary><c>channelId</c>, "msteams" in production.</summary>
    public required string ChannelId { get; init; }

    /// <summary>Base address for proactive sends; Teams may move a tenant, so the latest one wins.</summary>
    public required string ServiceUrl { get; init; }

    /// <summary>"personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }
    public bool IsGroup { get; init; }

    /// <summary>The bot's own id ("28:…") in this conversation.</summary>
    public required string BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>The user's channel id ("29:…").</summary>
    public string? UserId { get; init; }

    /// <summary>The user's Entra object id: how 1:1 chats are found again for reminders.</summary>
    public string? UserAadObjectId { get; init; }

    public string? UserName { get; init; }
    public string? TeamId { get; init; }

    /// <summary>The Teams channel (<c>channelData.channel.id</c>), not the Bot Framework channel.</summary>
    public string? TeamsChannelId { get; init; }

    public string? Locale { get; init; }
    public string? LastActivityId { get; init; }

    /// <summary>When the conversation was first stored; ignored on upsert.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last refreshed; ignored on upsert.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
