using System.Security.Claims;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// One inbound activity being processed. Outbound messages go through the Connector to the
/// conversation the activity came from; the context fills the addressing fields.
/// </summary>
public sealed class TurnContext(
    Activity activity,
    ClaimsIdentity identity,
    IConnectorClient connector,
    IServiceProvider services,
    CancellationToken cancellationToken,
    Func<CancellationToken, Task>? beforeFirstReply = null)
{
    private string? textWithoutMentions;
    private Func<CancellationToken, Task>? beforeFirstReply = beforeFirstReply;

    public Activity Activity { get; } = activity;
    public ClaimsIdentity Identity { get; } = identity;
    public IServiceProvider Services { get; } = services;

    /// <summary>The turn's own deadline (not the HTTP request's).</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set by an invoke handler; becomes the synchronous HTTP answer.</summary>
    public InvokeResult? InvokeResult { get; set; }

    /// <summary>Number of messages sent in this turn (used by the error handler and tests).</summary>
    public int SentCount { get; private set; }

    public string ConversationId => Activity.Conversation?.Id ?? string.Empty;

    /// <summary>
    /// The message text without Teams mention markup (<c>&lt;at&gt;Bot&lt;/at&gt;</c>) and surrounding space, at most
    /// <see cref="MentionText.MaxLength"/> characters of it; computed once per turn. A card button sent as
    /// <c>Action.Submit</c> with <c>msteams.imBack</c> arrives as text in Teams but, from the Agents Playground, as a
    /// message with only that <c>value</c>: its text is read from there, so both send the same question.
    /// </summary>
    public string TextWithoutMentions =>
        textWithoutMentions ??= MentionText.Strip(Activity.Text is { Length: > 0 } text ? text : ImBackValue(Activity));

    public Task<ConnectorResult<ResourceResponse>> SendAsync(Activity message) =>
        SendAsync(message, replyTo: null);

    /// <summary>Sends into the activity's thread: in a channel this keeps the answer under the question.</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(Activity message) =>
        SendAsync(message, replyTo: Activity.Id);

    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity message)
    {
        Address(message);
        message.Id = activityId;
        return connector.UpdateAsync(Activity.ServiceUrl!, ConversationId, activityId, message, CancellationToken);
    }

    private async Task<ConnectorResult<ResourceResponse>> SendAsync(Activity message, string? replyTo)
    {
        if (Interlocked.Exchange(ref beforeFirstReply, null) is { } wait) await wait(CancellationToken);
        Address(message);
        var result = string.IsNullOrEmpty(replyTo)
            ? await connector.SendAsync(Activity.ServiceUrl!, ConversationId, message, CancellationToken)
            : await connector.ReplyAsync(Activity.ServiceUrl!, ConversationId, replyTo, message, CancellationToken);
        SentCount++;
        return result;
    }

    private static string? ImBackValue(Activity activity) =>
        activity.Type == ActivityTypes.Message && activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value
        && value.TryGetProperty("msteams", out var teams) && teams.ValueKind == System.Text.Json.JsonValueKind.Object
        && teams.TryGetProperty("type", out var type) && type.ValueKind == System.Text.Json.JsonValueKind.String
        && string.Equals(type.GetString(), "imBack", StringComparison.OrdinalIgnoreCase)
        && teams.TryGetProperty("value", out var text) && text.ValueKind == System.Text.Json.JsonValueKind.String
            ? text.GetString()
            : null;

    private void Address(Activity message)
    {
        OutgoingCards.Apply(message, Services);
        message.Type ??= ActivityTypes.Message;
        message.ChannelId ??= Activity.ChannelId;
        message.From ??= Activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        message.Recipient ??= Activity.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name } : null;
        message.Conversation ??= new ConversationAccount { Id = ConversationId, TenantId = Activity.Conversation?.TenantId };
        message.ReplyToId ??= Activity.Id;
    }
}
