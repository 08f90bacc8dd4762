using System.Text;
using BenchmarkDotNet.Attributes;
using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;

namespace DanVanBot.Bench.Micro;

/// <summary>
/// Parsing a 30 KB plan (issue 3: median under 20 ms), next to the largest unmodified sample for scale, and a 30 KB plan
/// with a 40-row appendix table in pipe and one-cell-per-line form (issue 14, same target).
/// </summary>
[MemoryDiagnoser]
public class PlanParseBenchmarks
{
    private string thirtyKilobytePlan = string.Empty;
    private string largestSample = string.Empty;
    private string appendixPipe = string.Empty;
    private string appendixCells = string.Empty;

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
        appendixPipe = AppendixPlan.Build("pipe");
        appendixCells = AppendixPlan.Build("cells");
        foreach (var (name, text) in new[] { ("pipe", appendixPipe), ("cells", appendixCells) })
        {
            // Every row of the appendix must come out as an obligation, or the timing measures a parse that gave up.
            var rows = PlanDocumentParser.Parse(text).Obligations.Count(o => o.SectionPath.StartsWith("PL", StringComparison.Ordinal));
            if (rows != AppendixPlan.Rows) throw new InvalidOperationException($"The {name} appendix plan yields {rows} appendix obligations, not {AppendixPlan.Rows}.");
            Console.WriteLine($"// appendix plan ({name}): {Encoding.UTF8.GetByteCount(text)} bytes, {rows} appendix rows");
        }
    }

    [Benchmark(Baseline = true)]
    public ParsedPlan ParseLargestSample() => PlanDocumentParser.Parse(largestSample);

    [Benchmark]
    public ParsedPlan ParseThirtyKilobytePlan() => PlanDocumentParser.Parse(thirtyKilobytePlan);

    /// <summary>Issue 14: a 30 KB plan with a 40-row appendix, target median under 20 ms.</summary>
    [Benchmark]
    public ParsedPlan ParseAppendixPlanPipe() => PlanDocumentParser.Parse(appendixPipe);

    [Benchmark]
    public ParsedPlan ParseAppendixPlanOneCellPerLine() => PlanDocumentParser.Parse(appendixCells);
}
