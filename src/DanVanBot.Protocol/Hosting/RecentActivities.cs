namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Activities already accepted, by conversation and activity id. Whether the Connector re-delivers an activity
/// after a timeout or a 5xx is undocumented (spec §4.3), so a second delivery of the same message is answered 202
/// and not processed again. Two generations of ids are kept and rotated, so an id is remembered for between one
/// and two <see cref="Generation"/> periods with no per-entry timers.
/// </summary>
public sealed class RecentActivities(TimeProvider clock)
{
    public static readonly TimeSpan Generation = TimeSpan.FromMinutes(5);

    private readonly Lock gate = new();
    private HashSet<string> current = new(StringComparer.Ordinal);
    private HashSet<string> previous = new(StringComparer.Ordinal);
    private DateTimeOffset rotatedAt = clock.GetUtcNow();

    /// <returns>False when this conversation's activity with this id was accepted recently.</returns>
    public bool TryAccept(string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId)) return true; // nothing to recognise it by
        var key = Key(conversationId, activityId);
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (now - rotatedAt >= Generation)
            {
                previous = now - rotatedAt >= Generation * 2 ? new(StringComparer.Ordinal) : current;
                current = new(StringComparer.Ordinal);
                rotatedAt = now;
            }
            return !previous.Contains(key) && current.Add(key);
        }
    }

    /// <summary>Undoes an acceptance that did not lead to processing (e.g. a full queue), so a retry is processed.</summary>
    public void Forget(string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId)) return;
        lock (gate) current.Remove(Key(conversationId, activityId));
    }

    private static string Key(string? conversationId, string activityId) => (conversationId ?? string.Empty) + "\n" + activityId;
}
