using System.Diagnostics;
using System.Runtime;

namespace DanVanBot.Bench.Reports;

/// <summary>
/// Brings the bot to the state it serves in all day before anything is measured: the same users at a human pace,
/// Action.Execute and Action.Submit in turn, until the JIT has settled (fewer than <see cref="SettledBelow"/> methods
/// compiled in the last <see cref="Window"/>) or the time limit passes. Measured from a cold start, a minute of
/// submissions ran beside the tiered compiler's recompilation of hot methods, a quarter of the machine's CPU in a perf
/// profile (2026-12-02): a restart's cost, which <c>--warmup-seconds 0</c> still shows.
/// </summary>
public static class ReportWarmUp
{
    private const int SettledBelow = 30;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(ReportTurns turns, IReadOnlyList<Guid> units, int users, int thinkMs, TimeSpan atMost, string provider)
    {
        if (atMost <= TimeSpan.Zero)
        {
            Console.WriteLine($"{provider}: no warm-up (--warmup-seconds 0): the figures include the JIT's start-up work");
            return;
        }
        var pauses = new ThinkPauses(users, TimeSpan.FromMilliseconds(thinkMs > 0 ? thinkMs : 1000), seed: 0);
        var start = RuntimeActivity.Now();
        var watch = Stopwatch.StartNew();
        var sent = 0;
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try { await pauses.PauseAsync(user, stop.Token); }
                catch (OperationCanceledException) { break; }
                try
                {
                    await turns.SubmitAsync(user, units[user + 1], execute: n % 2 == 0);
                    Interlocked.Increment(ref sent);
                }
                catch (Exception e) when (ReportTurns.IsFailedTurn(e))
                {
                    // Counted by ReportTurns as sent; the version check afterwards allows for it.
                }
            }
        })));

        long lastWindow;
        var previous = JitInfo.GetCompiledMethodCount();
        while (true)
        {
            await Task.Delay(Window);
            var now = JitInfo.GetCompiledMethodCount();
            lastWindow = now - previous;
            previous = now;
            if (lastWindow < SettledBelow || watch.Elapsed >= atMost) break;
        }
        await stop.CancelAsync();
        await load;
        var settled = lastWindow < SettledBelow ? "settled" : "not settled: stopped at the time limit";
        Console.WriteLine($"{provider}: warm-up: {watch.Elapsed.TotalSeconds:F0} s, {sent} submissions answered, {RuntimeActivity.Now().Since(start)}; " +
            $"{lastWindow} methods in its last {Window.TotalSeconds:F0} s ({settled})");
    }
}
