using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVanBot.Language.Plans;

namespace DanVanBot.Bench.Micro;

/// <summary>
/// Issue 8: parse time must grow linearly with the input, 30 KB → 300 KB → 3 MB. BenchmarkDotNet's in-process
/// toolchain refuses operations of seconds, so this is a plain Stopwatch loop: every round parses each size once,
/// side by side (the machine's noise hits all sizes alike), and the medians over --rounds are compared as ratios
/// per KB. Three shapes: a realistic plan with more content paragraphs, the continuation run that was quadratic
/// (short lines all joining one paragraph), and one long paragraph full of dated phrases.
/// </summary>
public static class ParseScaling
{
    private static readonly int[] Kilobytes = [30, 300, 3000];

    public static int Run(BenchArgs args)
    {
        var rounds = args.GetInt("rounds", 5);
        var shapes = new (string Name, Func<int, string> Build)[]
        {
            ("realistic-plan", SamplePlans.BuildPlan),
            ("continuation-run", HostilePlans.ContinuationRun),
            ("long-paragraph", HostilePlans.LongParagraph),
        };
        Console.WriteLine($"{"shape",-18} {"size KB",8} {"bytes",9} {"median ms",10} {"min ms",9} {"ms per 100 KB",14} {"vs 30 KB",9} {"alloc MB",9}");
        foreach (var (name, build) in shapes)
        {
            var texts = Kilobytes.Select(kb => build(kb * 1024)).ToArray();
            foreach (var text in texts) PlanDocumentParser.Parse(text); // warm-up: JIT and first-use costs out of the figures
            var times = Kilobytes.Select(_ => new List<double>()).ToArray();
            var allocated = new long[texts.Length];
            for (var round = 0; round < rounds; round++)
            {
                for (var index = 0; index < texts.Length; index++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var clock = Stopwatch.StartNew();
                    PlanDocumentParser.Parse(texts[index]);
                    times[index].Add(clock.Elapsed.TotalMilliseconds);
                    allocated[index] = GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }
            var basePerKb = Median(times[0]) / Kilobytes[0];
            for (var index = 0; index < texts.Length; index++)
            {
                var median = Median(times[index]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-18} {Kilobytes[index],8} {Encoding.UTF8.GetByteCount(texts[index]),9} {median,10:F1} {times[index].Min(),9:F1} " +
                    $"{median / Kilobytes[index] * 100,14:F2} {median / Kilobytes[index] / basePerKb,8:F2}x {allocated[index] / 1048576.0,9:F1}"));
            }
        }
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
