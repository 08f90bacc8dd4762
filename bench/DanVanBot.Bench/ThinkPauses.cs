using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// The simulated users' pauses between two forms: a random 50–150 % of the think time, drawn from a generator of the
/// user's own, and how late each pause ended.
/// <para>
/// Each user's generator is seeded from one master generator. Seeding them with the user's number (0, 1, 2, …) made
/// them move together: System.Random's seeded algorithm gives neighbouring seeds nearly the same sequence, shifted
/// (users 0–4 all drew 0.73, 0.25, 0.77, 0.29, 0.82 first). About half of 100 users then came back within the same
/// 200 ms some 6 s into every paced step, a burst that people never make and that set the step's p99 (2026-12-02).
/// </para>
/// <para>
/// A turn's time is measured from the moment its user woke, so users who wake late start together. The late wakes
/// show whether a burst of slow turns came after one (the load generator shares the bot's process).
/// </para>
/// </summary>
public sealed class ThinkPauses
{
    private const double LateEnough = 20; // ms; below it, ordinary timer jitter

    private readonly Random[] generators;
    private readonly TimeSpan think;
    private readonly ConcurrentQueue<(long Woke, double LateMs)> late = new();

    /// <param name="seed">The same seed draws the same pauses (user by user) in every run.</param>
    public ThinkPauses(int users, TimeSpan think, int seed)
    {
        var master = new Random(seed);
        generators = Enumerable.Range(0, users).Select(_ => new Random(master.Next())).ToArray();
        this.think = think;
    }

    /// <summary>Pauses <paramref name="user"/> (one caller per user at a time: its generator is not shared).</summary>
    public async Task PauseAsync(int user, CancellationToken cancellationToken = default)
    {
        var pause = think * (0.5 + generators[user].NextDouble());
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(pause, cancellationToken);
        var woke = Stopwatch.GetTimestamp();
        var lateMs = Stopwatch.GetElapsedTime(started, woke).TotalMilliseconds - pause.TotalMilliseconds;
        if (lateMs > LateEnough) late.Enqueue((woke, lateMs));
    }

    /// <summary>"time woke, ms late" on the clock of <see cref="Latencies.Timeline"/>, for pauses more than 20 ms late.</summary>
    public IEnumerable<string> LateWakes() =>
        late.OrderBy(w => w.Woke).Select(w => string.Format(CultureInfo.InvariantCulture, "{0:F3},{1:F1}",
            w.Woke / (double)Stopwatch.Frequency, w.LateMs));
}
