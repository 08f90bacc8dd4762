using System.Globalization;
using System.Runtime;

namespace DanVanBot.Bench;

/// <summary>
/// What the .NET runtime itself did while a step was measured: methods compiled by the JIT (tier-0, the tier-1
/// recompilations of hot methods and their PGO variants) and time the GC paused the process. A profile of the report
/// benchmark (perf, 2026-12-02) showed the tiered compiler's background thread taking a quarter of the machine's CPU
/// for the first minute after start, so a latency figure means little without these next to it.
/// </summary>
public readonly record struct RuntimeActivity(long CompiledMethods, TimeSpan GcPause)
{
    public static RuntimeActivity Now() => new(JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration());

    public RuntimeActivity Since(RuntimeActivity start) => new(CompiledMethods - start.CompiledMethods, GcPause - start.GcPause);

    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "JIT compiled {0} methods, GC paused {1:F0} ms", CompiledMethods, GcPause.TotalMilliseconds);
}
