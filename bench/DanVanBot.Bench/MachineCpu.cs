using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// How busy the whole machine's CPUs were between two readings of /proc/stat (every process: the bot, PostgreSQL, the
/// fake Connector). A scale-out ratio only means something when one instance left CPU idle for a second to use.
/// </summary>
public sealed class MachineCpu
{
    private readonly CpuTicks? start = CpuTicks.Read();

    /// <summary>Busy share of all cores since this reading began, 0–1; null where /proc/stat is missing.</summary>
    public double? Utilisation() => Share(CpuTicks.Read(), t => t.Busy);

    /// <summary>
    /// Share of all cores' time the hypervisor gave to other guests since this reading began ("steal"), 0–1: this
    /// virtual machine's vCPUs were ready to run and did not. Counted in <see cref="Utilisation"/> as busy.
    /// </summary>
    public double? Steal() => Share(CpuTicks.Read(), t => t.Steal);

    /// <summary>
    /// Share of all cores' time spent idle waiting for the disk ("iowait"), 0–1. Above a few tenths of a per cent the
    /// disk stalled: every commit waits for its flush, and the paced steps' p99 went from 14–36 ms to 232–822 ms.
    /// </summary>
    public double? IoWait() => Share(CpuTicks.Read(), t => t.IoWait);

    /// <summary>"machine CPU 31 %, stolen by the hypervisor 0.0 %, waiting for the disk 0.1 %" for a step's line, from one reading.</summary>
    public string Describe()
    {
        var now = CpuTicks.Read();
        return Share(now, t => t.Busy) is { } busy && Share(now, t => t.Steal) is { } stolen && Share(now, t => t.IoWait) is { } waiting
            ? string.Format(CultureInfo.InvariantCulture, "machine CPU {0:P0}, stolen by the hypervisor {1:P1}, waiting for the disk {2:P1}",
                busy, stolen, waiting)
            : "machine CPU n/a";
    }

    public static string Describe(double? utilisation) =>
        utilisation is { } share ? string.Format(CultureInfo.InvariantCulture, "machine CPU {0:P0}", share) : "machine CPU n/a";

    private double? Share(CpuTicks? now, Func<CpuTicks, long> part) =>
        start is { } before && now is { } after && after.Total != before.Total
            ? (double)(part(after) - part(before)) / (after.Total - before.Total)
            : null;
}
