using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// How busy the whole machine's CPUs were between two readings of /proc/stat (every process: the bot, PostgreSQL, the
/// fake Connector). A scale-out ratio only means something when one instance left CPU idle for a second to use.
/// </summary>
public sealed class MachineCpu
{
    private readonly (long Busy, long Steal, long IoWait, long Total)? start = Read();

    /// <summary>Busy share of all cores since this reading began, 0–1; null where /proc/stat is missing.</summary>
    public double? Utilisation()
    {
        if (start is not { } before || Read() is not { } after || after.Total == before.Total) return null;
        return (double)(after.Busy - before.Busy) / (after.Total - before.Total);
    }

    /// <summary>
    /// Share of all cores' time the hypervisor gave to other guests since this reading began ("steal"), 0–1: this
    /// virtual machine's vCPUs were ready to run and did not. Counted in <see cref="Utilisation"/> as busy.
    /// </summary>
    public double? Steal()
    {
        if (start is not { } before || Read() is not { } after || after.Total == before.Total) return null;
        return (double)(after.Steal - before.Steal) / (after.Total - before.Total);
    }

    /// <summary>
    /// Share of all cores' time spent idle waiting for the disk ("iowait"), 0–1. Above a few tenths of a per cent the
    /// disk stalled: every commit waits for its flush, and the paced steps' p99 went from 14–36 ms to 232–822 ms.
    /// </summary>
    public double? IoWait()
    {
        if (start is not { } before || Read() is not { } after || after.Total == before.Total) return null;
        return (double)(after.IoWait - before.IoWait) / (after.Total - before.Total);
    }

    /// <summary>"machine CPU 31 %, stolen by the hypervisor 0.0 %, waiting for the disk 0.1 %" for a step's line.</summary>
    public string Describe() => Utilisation() is { } busy && Steal() is { } stolen && IoWait() is { } waiting
        ? string.Format(CultureInfo.InvariantCulture, "machine CPU {0:P0}, stolen by the hypervisor {1:P1}, waiting for the disk {2:P1}",
            busy, stolen, waiting)
        : "machine CPU n/a";

    public static string Describe(double? utilisation) =>
        utilisation is { } share ? string.Format(CultureInfo.InvariantCulture, "machine CPU {0:P0}", share) : "machine CPU n/a";

    private static (long Busy, long Steal, long IoWait, long Total)? Read()
    {
        if (!File.Exists("/proc/stat")) return null;
        // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the time nobody ran.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, fields[7], fields[4], total);
    }
}
