using System.Diagnostics;
using System.Globalization;
using DanVanBot.App.Features.Exports;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Exports;

/// <summary>
/// Issue 11's targets: for 3,000 units with one report each, the .docx built in under 5 s and the .xlsx in under 3 s,
/// peak memory under 500 MB. Each round is the download's whole path: the compliance query (SQLite file) and the
/// document written to memory. Peak memory is the process's resident high-water mark (VmHWM), reset before each round
/// through /proc/self/clear_refs, so it counts the round's own peak on top of the running host.
/// </summary>
public static class ExportBenchmark
{
    private static readonly DateOnly Due = new(2026, 9, 30);

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var units = args.GetInt("units", 3_000);
        var rounds = args.GetInt("rounds", 3);
        await using var database = BenchDatabase.CreateSqlite();
        var app = await BenchHost.StartAsync(database);
        await using var _ = app;
        var organisationId = await SeedAsync(app.Services, units);
        var period = ExportPeriod.Parse("2026-Q3")!;

        var rows = new List<string>();
        foreach (var format in new[] { ExportFormat.Docx, ExportFormat.Xlsx })
        {
            for (var round = 0; round <= rounds; round++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                ResetPeak();
                await using var scope = app.Services.CreateAsyncScope();
                using var output = new MemoryStream();
                var clock = Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<ExportBuilder>().WriteAsync(organisationId, "UBND tỉnh Thử Nghiệm", period, format, output, CancellationToken.None);
                clock.Stop();
                // Round 0 warms up (JIT, EF model, the first query plan) and is not counted.
                if (round == 0) continue;
                rows.Add(string.Format(CultureInfo.InvariantCulture, "{0,-6} {1,5} {2,10:F0} {3,12:F1} {4,14:F0}",
                    format.Extension(), round, clock.Elapsed.TotalMilliseconds, output.Length / 1024d / 1024d, PeakMegabytes()));
            }
        }
        Console.WriteLine();
        Console.WriteLine($"Exports: {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z, {Environment.ProcessorCount} cores, load {Load()}, {units} units × 1 report, SQLite file");
        Console.WriteLine("format round   total ms      size MB   peak RSS MB");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<Guid> SeedAsync(IServiceProvider services, int count)
    {
        var period = PlanPeriod.SingleYear(2026);
        var rule = new OneOffDeadline(Due);
        var obligation = new PlanObligation("Báo cáo kết quả thực hiện công tác dân vận chính quyền quý III", ObligationKind.Report, ["Các đơn vị"],
            "UBND tỉnh", "Sở Nội vụ", null, rule, rule.Expand(period), null, false, "III.1", [1]);
        var plan = new ParsedPlan("90/KH-UBND", "UBND tỉnh Thử Nghiệm", "tỉnh Thử Nghiệm", new DateOnly(2026, 1, 5),
            "Thực hiện công tác dân vận chính quyền năm 2026", period, "Sở Nội vụ", [],
            [new PlanUnit("Sở Nội vụ", false, null, true, false, [1]), new PlanUnit("Các đơn vị", true, null, false, false, [2])], [], [obligation], []);
        var organisationId = (await services.GetRequiredService<IPlanStore>().UpsertPlanAsync(plan)).OrganisationId;
        var organisations = services.GetRequiredService<IOrganisationStore>();
        var group = (await organisations.ListUnitsAsync(organisationId)).Single(u => u.IsGroup).Id;
        var occurrence = (await services.GetRequiredService<IReportCompliance>().ForPeriodAsync(organisationId, new(Due, Due), Due)).Single().Occurrence.OccurrenceId;
        var reports = services.GetRequiredService<IReportStore>();
        for (var i = 1; i <= count; i++)
        {
            var unit = await organisations.AddGroupMemberAsync(group, $"UBND xã số {i}");
            var content = new ReportContent(
                $"Trong quý III, đơn vị số {i} đã tổ chức {i % 7 + 1} hội nghị đối thoại với Nhân dân, tiếp {i % 40 + 10} lượt công dân, " +
                "giải quyết dứt điểm các kiến nghị thuộc thẩm quyền; công khai thủ tục hành chính tại bộ phận một cửa.",
                ReportProgress.Completed,
                Difficulties: i % 3 == 0 ? "Thiếu cán bộ chuyên trách; kinh phí tổ chức đối thoại còn hạn chế." : null,
                Proposals: i % 5 == 0 ? "Đề nghị tỉnh tổ chức tập huấn kỹ năng dân vận cho cán bộ cấp xã." : null);
            await reports.SubmitAsync(new ReportSubmission(Guid.NewGuid(), occurrence, unit.Id, content, new ReportAuthor($"bench-{i}", $"Cán bộ {i}")));
        }
        Console.WriteLine($"Seeded {count} units with one report each");
        return organisationId;
    }

    /// <summary>Linux: writing 5 to clear_refs resets the resident high-water mark (VmHWM).</summary>
    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { /* not Linux: the peak is then the process's whole life */ }
        catch (UnauthorizedAccessException) { /* as above */ }
    }

    private static double PeakMegabytes()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024d
            : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024d;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
