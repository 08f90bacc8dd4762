using System.Collections.Concurrent;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Tests.TestSupport;

/// <summary>A Connector that records what a turn sends and answers every call 201.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public ConcurrentQueue<(string ConversationId, Activity Activity)> Sent { get; } = new();

    public Task<ConnectorResult<ResourceResponse>> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record(conversationId, activity);

    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        Record(conversationId, activity);

    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(conversationId, activity);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ConnectorResult<TeamsPagedMembers>> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ConnectorResult<TeamsChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    private Task<ConnectorResult<ResourceResponse>> Record(string conversationId, Activity activity)
    {
        Sent.Enqueue((conversationId, activity));
        return Task.FromResult(new ConnectorResult<ResourceResponse>(ConnectorOutcome.Succeeded, new ResourceResponse("1"), 201, null, null));
    }
}
