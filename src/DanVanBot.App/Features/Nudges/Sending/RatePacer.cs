using System.Collections.Concurrent;

namespace DanVanBot.App.Features.Nudges.Sending;

/// <summary>
/// Spaces events at a fixed rate on a <see cref="TimeProvider"/> (tests drive it with a fake clock). Each caller reserves
/// the next free slot and waits for it; slots are absolute, so lateness in one wait is not carried into the next and the
/// average rate stays exact.
/// </summary>
internal sealed class RatePacer(double perSecond)
{
    private readonly long intervalTicks = perSecond > 0 ? (long)(TimeSpan.TicksPerSecond / perSecond) : 0;
    private readonly Lock gate = new();
    private long nextSlotTicks;

    public bool IsOff => intervalTicks == 0;

    /// <summary>How long to wait, from <paramref name="now"/>, for the slot just reserved.</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        if (intervalTicks == 0) return TimeSpan.Zero;
        lock (gate)
        {
            var slot = Math.Max(now.UtcTicks, nextSlotTicks);
            nextSlotTicks = slot + intervalTicks;
            return TimeSpan.FromTicks(slot - now.UtcTicks);
        }
    }

    /// <summary>Nothing reserved beyond <paramref name="now"/>: the pacer can be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (gate) return nextSlotTicks <= now.UtcTicks;
    }
}

/// <summary>
/// Teams' limits as the sender keeps them: a global rate per tenant (below the documented 50 RPS per app per tenant),
/// a rate per conversation, and a pause of the whole tenant when Teams answers 429 (back-pressure instead of hammering).
/// </summary>
internal sealed class NudgeRateLimiter(double perTenant, double perConversation, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, RatePacer> tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RatePacer> conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> pausedUntil = new(StringComparer.OrdinalIgnoreCase);
    private int reservations;

    public async Task WaitAsync(string? tenantId, string conversationKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tenant = tenantId ?? "";
        var wait = PausedFor(tenant, now);
        if (perTenant > 0) wait = Max(wait, tenants.GetOrAdd(tenant, _ => new RatePacer(perTenant)).Reserve(now + wait) + wait);
        if (perConversation > 0)
            wait = Max(wait, conversations.GetOrAdd(conversationKey, _ => new RatePacer(perConversation)).Reserve(now));
        if (Interlocked.Increment(ref reservations) % 10_000 == 0) Forget(now);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken);
    }

    /// <summary>Teams asked the tenant to wait (429 Retry-After): nothing more goes to it before <paramref name="until"/>.</summary>
    public void Pause(string? tenantId, DateTimeOffset until) =>
        pausedUntil.AddOrUpdate(tenantId ?? "", until, (_, current) => current > until ? current : until);

    public TimeSpan PausedFor(string? tenantId, DateTimeOffset now) =>
        pausedUntil.TryGetValue(tenantId ?? "", out var until) && until > now ? until - now : TimeSpan.Zero;

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, pacer) in conversations)
        {
            if (pacer.IsIdle(now)) conversations.TryRemove(key, out _);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
