using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API v3 (spec §2.3), relative to a conversation's serviceUrl.
/// Never throws for an HTTP answer: Teams' status codes come back as <see cref="ConnectorOutcome"/>
/// so callers (reply, reminders) can act on "blocked", "gone" and so on.
/// </summary>
public interface IConnectorClient
{
    Task<ConnectorResult<ResourceResponse>> SendAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> ReplyAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> UpdateAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>
    /// One page of a conversation's or team's members (<c>GET …/pagedmembers</c>; for a team, pass the team id).
    /// Pass the previous page's continuation token to get the next.
    /// </summary>
    Task<ConnectorResult<TeamsPagedMembers>> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>One member, with UPN and object id (<c>GET …/members/{userId}</c>).</summary>
    Task<ConnectorResult<TeamsChannelAccount>> GetMemberAsync(
        string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);
}

public enum ConnectorOutcome
{
    Succeeded,
    /// <summary>403 ConversationBlockedByUser / MessageWritesBlocked: stop sending to this user.</summary>
    BlockedByUser,
    /// <summary>403 BotDisabledByAdmin.</summary>
    DisabledByAdmin,
    /// <summary>403 BotNotInConversationRoster or ForbiddenOperationException: the app is not installed there.</summary>
    NotInstalled,
    /// <summary>404 ConversationNotFound / ActivityNotFoundInConversation.</summary>
    ConversationGone,
    /// <summary>429 still answered after every retry.</summary>
    Throttled,
    /// <summary>413 MessageSizeTooBig.</summary>
    TooLarge,
    /// <summary>The serviceUrl is not an allowed Connector host; nothing was sent.</summary>
    HostNotAllowed,
    /// <summary>Any other failure (400, 401, 500, network).</summary>
    Failed,
}

public sealed record ConnectorResult<T>(
    ConnectorOutcome Outcome,
    T? Value,
    int? StatusCode,
    string? ErrorCode,
    string? ErrorMessage)
{
    public bool Succeeded => Outcome == ConnectorOutcome.Succeeded;

    /// <summary>The wait a final 429 asked for (Retry-After), for callers that pace themselves (reminders).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
