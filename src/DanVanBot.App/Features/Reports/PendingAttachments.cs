using System.Collections.Concurrent;

namespace DanVanBot.App.Features.Reports;

/// <summary>A report version waiting for the document its author said they would send ("Đính kèm văn bản").</summary>
internal sealed record AwaitedAttachment(
    Guid ReportId, int Version, Guid OrganisationId, string OrganisationName, Guid UnitId, string UnitName, string Obligation, DateTimeOffset ExpiresAt);

/// <summary>
/// Who pressed "Đính kèm văn bản" and where: the next PDF/DOCX that person sends in that conversation, within
/// <see cref="Lifetime"/>, goes to that version. Kept in memory: a wait lost to a restart (or answered on another
/// instance) costs a second press of the button, never a wrong attachment, since nothing is attached without one.
/// </summary>
internal sealed class PendingAttachments(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<(string User, string Conversation), AwaitedAttachment> waiting = new();

    public AwaitedAttachment Await(string aadObjectId, string conversationId, AwaitedAttachment attachment)
    {
        var awaited = attachment with { ExpiresAt = clock.GetUtcNow() + Lifetime };
        waiting[Key(aadObjectId, conversationId)] = awaited;
        return awaited;
    }

    public AwaitedAttachment? Find(string? aadObjectId, string conversationId)
    {
        if (string.IsNullOrEmpty(aadObjectId)) return null;
        var key = Key(aadObjectId, conversationId);
        if (!waiting.TryGetValue(key, out var awaited)) return null;
        if (awaited.ExpiresAt > clock.GetUtcNow()) return awaited;
        waiting.TryRemove(KeyValuePair.Create(key, awaited));
        return null;
    }

    public void Done(string aadObjectId, string conversationId, AwaitedAttachment attachment) =>
        waiting.TryRemove(KeyValuePair.Create(Key(aadObjectId, conversationId), attachment));

    private static (string, string) Key(string aadObjectId, string conversationId) => (aadObjectId.ToLowerInvariant(), conversationId);
}
