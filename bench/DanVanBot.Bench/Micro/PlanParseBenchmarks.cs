using System.Text;
using BenchmarkDotNet.Attributes;
using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;

namespace DanVanBot.Bench.Micro;

/// <summary>Parsing a 30 KB plan (issue 3: median under 20 ms), next to the largest unmodified sample for scale.</summary>
[MemoryDiagnoser]
public class PlanParseBenchmarks
{
    private string thirtyKilobytePlan = string.Empty;
    private string largestSample = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        thirtyKilobytePlan = SamplePlans.BuildThirtyKilobytePlan();
        largestSample = SamplePlans.Files.Select(File.ReadAllText).MaxBy(t => Encoding.UTF8.GetByteCount(t))!;
        // A parse that finds nothing would make the timing meaningless.
        var parsed = PlanDocumentParser.Parse(thirtyKilobytePlan);
        if (parsed.Obligations.Count == 0) throw new InvalidOperationException("The 30 KB plan yields no obligations.");
        Console.WriteLine($"// 30 KB plan: {Encoding.UTF8.GetByteCount(thirtyKilobytePlan)} bytes, " +
            $"{parsed.Obligations.Count} obligations, {parsed.Units.Count} units, {parsed.Tasks.Count} tasks");
    }

    [Benchmark(Baseline = true)]
    public ParsedPlan ParseLargestSample() => PlanDocumentParser.Parse(largestSample);

    [Benchmark]
    public ParsedPlan ParseThirtyKilobytePlan() => PlanDocumentParser.Parse(thirtyKilobytePlan);
}
