using System.Text.Json;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Conversations;

namespace DanVanBot.App.Features.Conversations;

/// <summary>
/// Keeps a conversation reference for every authenticated inbound activity (spec §3), so reminders
/// can reach the conversation later and the stored serviceUrl and tenant stay current.
/// Runs only after authentication: an unauthenticated request never gets here (spec §1.3 step 7).
/// An unchanged reference is not rewritten on every message (<see cref="RecentConversationReferences"/>).
/// </summary>
internal sealed class ConversationReferenceObserver(
    IConversationReferenceStore store, RecentConversationReferences recent, TimeProvider clock) : ITurnObserver
{
    public async Task OnTurnStartingAsync(TurnContext turn)
    {
        var record = ToRecord(turn.Activity, clock.GetUtcNow());
        if (record is null || recent.IsUnchanged(record)) return;
        await store.UpsertAsync(record, turn.CancellationToken);
        recent.Remember(record);
    }

    internal static ConversationReferenceRecord? ToRecord(Activity activity, DateTimeOffset now)
    {
        var conversation = activity.Conversation;
        if (string.IsNullOrEmpty(conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl) || activity.Recipient?.Id is null)
            return null;
        var channelData = activity.ChannelData;
        return new ConversationReferenceRecord
        {
            ConversationId = conversation.Id,
            ChannelId = activity.ChannelId ?? Channels.MsTeams,
            ServiceUrl = activity.ServiceUrl,
            ConversationType = conversation.ConversationType,
            TenantId = ReadPath(channelData, "tenant", "id") ?? conversation.TenantId,
            IsGroup = conversation.IsGroup ?? conversation.ConversationType is "groupChat" or "channel",
            BotId = activity.Recipient.Id,
            BotName = activity.Recipient.Name,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            UserName = activity.From?.Name,
            TeamId = ReadPath(channelData, "team", "id"),
            TeamsChannelId = ReadPath(channelData, "channel", "id"),
            Locale = activity.Locale,
            LastActivityId = activity.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static string? ReadPath(JsonElement? root, string first, string second) =>
        root is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(first, out var inner) && inner.ValueKind == JsonValueKind.Object
        && inner.TryGetProperty(second, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
