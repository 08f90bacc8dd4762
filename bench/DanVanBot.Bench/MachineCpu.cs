using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// How busy the whole machine's CPUs were between two readings of /proc/stat (every process: the bot, PostgreSQL, the
/// fake Connector). A scale-out ratio only means something when one instance left CPU idle for a second to use.
/// </summary>
public sealed class MachineCpu
{
    private readonly (long Busy, long Total)? start = Read();

    /// <summary>Busy share of all cores since this reading began, 0–1; null where /proc/stat is missing.</summary>
    public double? Utilisation()
    {
        if (start is not { } before || Read() is not { } after || after.Total == before.Total) return null;
        return (double)(after.Busy - before.Busy) / (after.Total - before.Total);
    }

    public static string Describe(double? utilisation) =>
        utilisation is { } share ? string.Format(CultureInfo.InvariantCulture, "machine CPU {0:P0}", share) : "machine CPU n/a";

    private static (long Busy, long Total)? Read()
    {
        if (!File.Exists("/proc/stat")) return null;
        // "cpu  user nice system idle iowait irq softirq steal ...": idle and iowait are the time nobody ran.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}
