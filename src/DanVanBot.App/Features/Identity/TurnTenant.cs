using System.Text.Json;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Identity;

/// <summary>The tenant of an activity: <c>channelData.tenant.id</c> is authoritative (spec §3), else <c>conversation.tenantId</c>.</summary>
internal static class TurnTenant
{
    public static string? Of(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : activity.Conversation?.TenantId;
}
