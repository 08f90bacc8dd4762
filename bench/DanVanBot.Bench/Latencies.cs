using System.Diagnostics;
using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>Wall-clock samples of one measured step, summarised as the percentiles the targets use.</summary>
public sealed class Latencies(string name)
{
    private readonly List<double> milliseconds = [];
    private readonly List<(long Started, double Milliseconds)> timeline = [];

    public string Name { get; } = name;

    public int Count
    {
        get { lock (milliseconds) return milliseconds.Count; }
    }

    public async Task<T> MeasureAsync<T>(Func<Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var started = Stopwatch.GetTimestamp();
        var result = await step();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        lock (milliseconds)
        {
            milliseconds.Add(elapsed);
            timeline.Add((started, elapsed));
        }
        return result;
    }

    public void Add(double elapsedMilliseconds)
    {
        lock (milliseconds) milliseconds.Add(elapsedMilliseconds);
    }

    public double Percentile(double p)
    {
        List<double> sorted;
        lock (milliseconds) sorted = milliseconds.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// Each measured sample as "start, milliseconds", the start in seconds on the process's monotonic clock (for
    /// DANVAN_BENCH_TIMELINE): shows whether slow turns come together, and lines up with <see cref="StallTimeline"/>.
    /// </summary>
    public IEnumerable<string> Timeline()
    {
        List<(long Started, double Milliseconds)> samples;
        lock (milliseconds) samples = timeline.OrderBy(t => t.Started).ToList();
        foreach (var (started, elapsed) in samples)
            yield return string.Format(CultureInfo.InvariantCulture, "{0:F3},{1:F2}", started / (double)Stopwatch.Frequency, elapsed);
    }

    /// <summary>
    /// The most samples that started within any <paramref name="window"/>: how bursty the load was. Paced users
    /// that are independent of each other rarely bunch up; a number far above the mean rate times the window means
    /// the load generator synchronised them.
    /// </summary>
    public int MostStartedWithin(TimeSpan window)
    {
        List<long> starts;
        lock (milliseconds) starts = timeline.Select(t => t.Started).Order().ToList();
        var (most, first) = (0, 0);
        for (var last = 0; last < starts.Count; last++)
        {
            while (Stopwatch.GetElapsedTime(starts[first], starts[last]) > window) first++;
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }

    public string Row(string provider) => string.Format(CultureInfo.InvariantCulture,
        "{0,-10} {1,-52} {2,6} {3,9:F2} {4,9:F2} {5,9:F2} {6,9:F2}",
        provider, Name, milliseconds.Count, Percentile(50), Percentile(95), Percentile(99), milliseconds.Count == 0 ? 0 : milliseconds.Max());

    public static string Header => string.Format(CultureInfo.InvariantCulture,
        "{0,-10} {1,-52} {2,6} {3,9} {4,9} {5,9} {6,9}", "database", "step", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
}
