using System.Text.Json;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges.Sending;

/// <summary>What one send came to; <see cref="RetryAfter"/> is set when Teams said "too many requests".</summary>
internal sealed record NudgeSendResult(NudgeOutcome Outcome, TimeSpan? RetryAfter = null)
{
    public bool IsThrottled => Outcome.Failure == NudgeFailure.Throttled;
}

/// <summary>
/// Sends one reminder proactively: into the person's stored 1:1 conversation, or, when the bot knows the person only from
/// the roster, into a conversation it creates first (Connector create-conversation with the tenant and the Entra object
/// id; Teams answers 403/404 when the app is not installed for them). Paced by <see cref="NudgeRateLimiter"/>.
/// </summary>
internal sealed class NudgeSender(
    [FromKeyedServices(NudgeConnector.Key)] IConnectorClient connector,
    IConversationReferenceStore conversations,
    NudgeRateLimiter limiter,
    IOptions<NudgeOptions> options,
    IOptions<ConnectorOptions> bot)
{
    public async Task<NudgeSendResult> SendAsync(NudgeRecord nudge, CancellationToken cancellationToken)
    {
        var serviceUrl = nudge.ServiceUrl;
        var conversationId = nudge.ConversationId;
        if (conversationId is null)
        {
            if (nudge.AadObjectId is null || nudge.TenantId is null)
                return new(new NudgeOutcome(NudgeState.Failed, NudgeFailure.UnknownUser, Error: "Không có Entra object id hoặc tenant"));
            serviceUrl ??= options.Value.ProactiveServiceUrl;
            await limiter.WaitAsync(nudge.TenantId, "create:" + nudge.AadObjectId, cancellationToken);
            var created = await connector.CreateConversationAsync(serviceUrl, Parameters(nudge), cancellationToken);
            if (!created.Succeeded || string.IsNullOrEmpty(created.Value?.Id)) return Failure(created, serviceUrl, null);
            conversationId = created.Value.Id;
            serviceUrl = created.Value.ServiceUrl ?? serviceUrl;
            await conversations.UpsertAsync(Reference(nudge, serviceUrl, conversationId), cancellationToken);
        }

        var activity = NudgeCards.Activity(nudge.Id, NudgeCards.Read(nudge.CardData));
        activity.Conversation = new ConversationAccount { Id = conversationId, TenantId = nudge.TenantId, ConversationType = "personal" };
        activity.From = BotAccount();
        await limiter.WaitAsync(nudge.TenantId, conversationId, cancellationToken);
        var sent = await connector.SendAsync(serviceUrl!, conversationId, activity, cancellationToken);
        return sent.Succeeded
            ? new(new NudgeOutcome(NudgeState.Delivered, StatusCode: sent.StatusCode, ServiceUrl: serviceUrl,
                ConversationId: conversationId, ActivityId: sent.Value?.Id))
            : Failure(sent, serviceUrl, conversationId);
    }

    /// <summary>Replaces a delivered reminder's card (e.g. with "đã nộp"): Connector update activity.</summary>
    public async Task<bool> UpdateAsync(NudgeRecord nudge, Activity replacement, CancellationToken cancellationToken)
    {
        if (nudge.ServiceUrl is null || nudge.ConversationId is null || nudge.ActivityId is null) return false;
        replacement.Id = nudge.ActivityId;
        replacement.Conversation = new ConversationAccount { Id = nudge.ConversationId, TenantId = nudge.TenantId };
        replacement.From = BotAccount();
        await limiter.WaitAsync(nudge.TenantId, nudge.ConversationId, cancellationToken);
        var result = await connector.UpdateAsync(nudge.ServiceUrl, nudge.ConversationId, nudge.ActivityId, replacement, cancellationToken);
        return result.Succeeded;
    }

    private static NudgeSendResult Failure<T>(ConnectorResult<T> result, string? serviceUrl, string? conversationId)
    {
        var failure = result.Outcome switch
        {
            ConnectorOutcome.BlockedByUser => NudgeFailure.BlockedByUser,
            ConnectorOutcome.NotInstalled => NudgeFailure.NotInstalled,
            ConnectorOutcome.ConversationGone => NudgeFailure.ConversationGone,
            ConnectorOutcome.DisabledByAdmin => NudgeFailure.DisabledByAdmin,
            ConnectorOutcome.Throttled => NudgeFailure.Throttled,
            ConnectorOutcome.TooLarge => NudgeFailure.TooLarge,
            // A 403/404 without one of the known codes still means Teams will not deliver to this address.
            _ when result.StatusCode == 403 => NudgeFailure.NotInstalled,
            _ when result.StatusCode == 404 => NudgeFailure.ConversationGone,
            _ => NudgeFailure.Failed,
        };
        var error = string.Join(": ", new[] { result.ErrorCode, result.ErrorMessage }.Where(s => !string.IsNullOrEmpty(s)));
        return new(new NudgeOutcome(NudgeState.Failed, failure, result.StatusCode, error.Length > 500 ? error[..500] : error,
            serviceUrl, conversationId), result.RetryAfter);
    }

    private ConversationParameters Parameters(NudgeRecord nudge) => new()
    {
        IsGroup = false,
        Bot = BotAccount(),
        // Personal scope accepts the Entra object id as the member id (no Teams user id needed).
        Members = [new ChannelAccount { Id = nudge.AadObjectId }],
        TenantId = nudge.TenantId,
        ChannelData = JsonSerializer.SerializeToElement(
            new Dictionary<string, Dictionary<string, string>> { ["tenant"] = new() { ["id"] = nudge.TenantId! } }),
    };

    private ChannelAccount? BotAccount() =>
        bot.Value.HasAppId ? new ChannelAccount { Id = "28:" + bot.Value.MicrosoftAppId } : null;

    private ConversationReferenceRecord Reference(NudgeRecord nudge, string serviceUrl, string conversationId) => new()
    {
        ConversationId = conversationId, ChannelId = "msteams", ServiceUrl = serviceUrl, ConversationType = "personal",
        TenantId = nudge.TenantId, BotId = BotAccount()?.Id ?? "28:bot", UserAadObjectId = nudge.AadObjectId,
        UserName = nudge.PersonName,
    };
}
