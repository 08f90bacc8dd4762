using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DanVanBot.Bench.Micro;

/// <summary>
/// In-process toolchain: BenchmarkDotNet's default would generate and build a side project, which the repo's
/// central package management and warnings-as-errors settings get in the way of. Median is the target statistic.
/// </summary>
public static class MicroConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.JoinSummary);
}
