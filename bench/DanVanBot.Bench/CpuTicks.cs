using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// All CPUs' time since boot, from the first line of /proc/stat ("cpu user nice system idle iowait irq softirq steal
/// ..."), in ticks of 10 ms: busy (everything but idle and iowait), iowait (idle, waiting for the disk), steal (given by
/// the hypervisor to other guests) and the total. One reader for <see cref="MachineCpu"/> and <see cref="StallTimeline"/>.
/// </summary>
public readonly record struct CpuTicks(long Busy, long IoWait, long Steal, long Total)
{
    public const double MillisecondsPerTick = 10; // USER_HZ is 100 on Linux

    /// <summary>Null where /proc/stat is missing (not Linux).</summary>
    public static CpuTicks? Read()
    {
        if (!File.Exists("/proc/stat")) return null;
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        return new CpuTicks(total - fields[3] - fields[4], fields[4], fields[7], total);
    }
}
