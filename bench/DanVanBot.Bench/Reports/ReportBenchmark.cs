using System.Diagnostics;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Hosting;
using DanVanBot.Bench.Province;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Tests.TestSupport;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Roster;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Reports;

/// <summary>
/// Issue 10's speed targets on SQLite and PostgreSQL, with the real bot (authentication on, replies at a loopback
/// Connector): a report submission turn (checked, stored as the unit's next version, receipt) at 100 concurrent users,
/// p99 under 50 ms, both as Action.Execute (receipt in the HTTP answer) and as the Action.Submit fallback (receipt
/// at the Connector); and the compliance card for a province (3,000 units owing one occurrence), p99 under 100 ms.
/// </summary>
public static class ReportBenchmark
{
    private const int CoordinatorUser = 100_000;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var users = args.GetInt("users", 100);
        var rounds = args.GetInt("rounds", 10);
        var reported = args.GetInt("reported", 500);
        var complianceTurns = args.GetInt("compliance-turns", 200);
        var thinkMs = args.GetInt("think-ms", 1000);
        var warmUp = TimeSpan.FromSeconds(args.GetInt("warmup-seconds", 120));
        var rows = await BenchDatabase.OnEachProviderAsync(args, database => RunOneAsync(database, users, rounds, reported, complianceTurns, thinkMs, warmUp));
        Console.WriteLine();
        Console.WriteLine($"Reports: {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z, {Environment.ProcessorCount} cores, {users} concurrent users × {rounds} " +
            $"submissions per mode (think time 0, and {thinkMs} ms ± 50 %), after a warm-up of at most {warmUp.TotalSeconds:F0} s; compliance: {ProvincePlans.UnitCount} units, one occurrence, {reported} reported, {complianceTurns} turns");
        Console.WriteLine(Latencies.Header);
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<IReadOnlyList<string>> RunOneAsync(
        BenchDatabase database, int users, int rounds, int reported, int complianceTurns, int thinkMs, TimeSpan warmUp)
    {
        await using var kit = await AuthTestKit.StartAsync();
        await using var catcher = await ReplyCatcher.StartAsync();
        var app = BotUnderBench.Build(kit, 0, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = database.Provider,
            ["ConnectionStrings:DanVan"] = database.ConnectionString,
            ["Plans:SampleFolder"] = "",
        });
        await app.PrepareAsync();
        await app.StartAsync();
        try
        {
            var services = app.Services;
            var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());
            var dueOn = today.AddDays(5);
            var (occurrenceId, units) = await SeedAsync(services, dueOn, users, reported, database.Provider);
            using var http = new HttpClient { BaseAddress = new Uri(BotAddress(app)), Timeout = TimeSpan.FromSeconds(60) };
            var token = kit.CreateChannelToken(catcher.ServiceUrl);
            var turns = new ReportTurns(http, catcher, token, occurrenceId);

            await ReportWarmUp.RunAsync(turns, units, users, thinkMs, warmUp, database.Provider);

            // One user alone: the cost of a submission turn without queueing (its target, occurrence and unit, is read
            // through IReportCompliance.ForUnitsAsync, for that unit only).
            var alone = new Latencies("submit (Action.Execute), 1 user alone");
            for (var i = 0; i < 40; i++)
            {
                if (i < 10) await turns.SubmitAsync(0, units[1], execute: true);
                else await alone.MeasureAsync(() => turns.SubmitAsync(0, units[1], execute: true));
            }
            var rows = new List<string> { alone.Row(database.Provider) };
            foreach (var (execute, think) in new[] { (true, 0), (false, 0), (true, thinkMs), (false, thinkMs) })
            {
                rows.Add(await ConcurrentUsersAsync(turns, units, users, rounds, execute, think, database.Provider));
            }

            rows.AddRange(await ComplianceAsync(services, http, catcher, token, occurrenceId, dueOn, today, complianceTurns, database.Provider));
            await CheckVersionsAsync(services, turns, occurrenceId, units, users, database.Provider);
            return rows;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>How long a burst of submissions the step line looks for (see <see cref="Latencies.MostStartedWithin"/>).</summary>
    private static readonly TimeSpan BurstWindow = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// <paramref name="users"/> users, each submitting for their own unit <paramref name="rounds"/> times after one
    /// unmeasured round (JIT, pools). With no think time it is a closed loop: each sends again the moment its receipt
    /// arrives, so the figures are the bot's saturation (every user always waiting). With a think time, each pauses a
    /// random 50–150 % of it before the next form, as people do (<see cref="ThinkPauses"/>, each user's own); 100 users at 1 s is still far more than a province
    /// sends (3,000 units, a few reports a quarter). A turn the bot cannot finish (its turn timeout) is counted, not timed.
    /// </summary>
    private static async Task<string> ConcurrentUsersAsync(
        ReportTurns turns, IReadOnlyList<Guid> units, int users, int rounds, bool execute, int thinkMs, string provider)
    {
        var pace = thinkMs == 0 ? "no think time" : $"think {thinkMs} ms";
        var step = new Latencies($"submit ({(execute ? "Action.Execute" : "Action.Submit")}), {users} users, {pace}");
        var runtime = RuntimeActivity.Now();
        var machine = new MachineCpu();
        var timelineFolder = Environment.GetEnvironmentVariable("DANVAN_BENCH_TIMELINE");
        await using var stalls = new StallTimeline();
        var thinks = new ThinkPauses(users, TimeSpan.FromMilliseconds(thinkMs), seed: execute ? 1 : 2);
        var watch = Stopwatch.StartNew();
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            for (var round = 0; round <= rounds; round++)
            {
                if (thinkMs > 0) await thinks.PauseAsync(user);
                try
                {
                    if (round == 0) await turns.SubmitAsync(user, units[user + 1], execute);
                    else await step.MeasureAsync(() => turns.SubmitAsync(user, units[user + 1], execute));
                }
                catch (Exception e) when (ReportTurns.IsFailedTurn(e))
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })));
        await stalls.StopAsync();
        if (!string.IsNullOrEmpty(timelineFolder))
        {
            var name = $"{provider}-{(execute ? "execute" : "submit")}-think{thinkMs}";
            await File.WriteAllLinesAsync(Path.Combine(timelineFolder, name + ".csv"), step.Timeline());
            await File.WriteAllLinesAsync(Path.Combine(timelineFolder, name + "-stalls.csv"), stalls.Stalls);
            await File.WriteAllLinesAsync(Path.Combine(timelineFolder, name + "-late-wakes.csv"), thinks.LateWakes());
        }
        var rate = step.Count / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{provider}: {step.Name}: {rate:F0} submissions/s, {failed} turns failed " +
            $"(timed out or refused); at most {step.MostStartedWithin(BurstWindow)} started within {BurstWindow.TotalMilliseconds:F0} ms " +
            $"({rate * BurstWindow.TotalSeconds:F0} on average); {RuntimeActivity.Now().Since(runtime)}; {machine.Describe()}");
        return step.Row(provider);
    }

    /// <summary>The plan, the submitters (user i reports for unit i + 1), the coordinator, and <paramref name="reported"/> units' reports.</summary>
    private static async Task<(Guid OccurrenceId, IReadOnlyList<Guid> Units)> SeedAsync(
        IServiceProvider services, DateOnly dueOn, int users, int reported, string provider)
    {
        var watch = Stopwatch.StartNew();
        var import = await services.GetRequiredService<IPlanStore>().UpsertPlanAsync(ReportPlan.For(dueOn), ProvincePlans.Organisation);
        var organisationId = import.OrganisationId;
        var byName = (await services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(organisationId)).ToDictionary(u => u.Name, u => u.Id);
        var units = ProvincePlans.UnitNames.Select(n => byName[n]).ToList();
        var occurrenceId = (await services.GetRequiredService<IPlanStore>().FindDueAsync(organisationId, new DateWindow(dueOn, dueOn))).Single().OccurrenceId;

        var rows = Enumerable.Range(0, users)
            .Select(user => new RosterImportRow(user + 2, null, HttpTurn.AadObjectId(user), $"Cán bộ {user}", ProvincePlans.Organisation,
                ProvincePlans.UnitNames[user + 1], RosterRole.Member))
            .Append(new RosterImportRow(users + 2, null, HttpTurn.AadObjectId(CoordinatorUser), "Chuyên viên Sở Nội vụ", ProvincePlans.Organisation,
                ProvincePlans.Coordinator, RosterRole.Coordinator))
            .ToList();
        var roster = await services.GetRequiredService<IRosterImporter>().ImportAsync(rows, new RosterImportOptions(false, false, "bench", "bench"));
        if (roster.Problems.Count > 0) throw new InvalidOperationException(roster.Problems[0].Message);
        await services.GetRequiredService<IOrganisationStore>().SetTenantAsync(organisationId, HttpTurn.TenantId);

        // Units beyond the submitters have already reported, so the card has all three columns' worth of names to count.
        var reports = services.GetRequiredService<IReportStore>();
        var first = users + 1;
        await Parallel.ForEachAsync(Enumerable.Range(first, Math.Min(reported, units.Count - first)), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, token) => await reports.SubmitAsync(new ReportSubmission(Guid.NewGuid(), occurrenceId, units[i],
                new ReportContent($"Đơn vị {i} đã hoàn thành.", ReportProgress.Completed), new ReportAuthor(null, $"Cán bộ đơn vị {i}"), "bench", "1"), token));
        Console.WriteLine($"{provider}: plan, {rows.Count} people and {reported} reports seeded in {watch.Elapsed.TotalSeconds:F1} s");
        return (occurrenceId, units);
    }

    private static async Task<IReadOnlyList<string>> ComplianceAsync(IServiceProvider services, HttpClient http, ReplyCatcher catcher, string token,
        Guid occurrenceId, DateOnly dueOn, DateOnly today, int turns, string provider)
    {
        var compliance = services.GetRequiredService<IReportCompliance>();
        var store = new Latencies($"compliance: store, {ProvincePlans.UnitCount} units");
        var card = new Latencies("compliance: store + card");
        var turn = new Latencies("compliance: HTTP turn, auth on, at Connector");
        var asking = new HttpTurn(http, catcher, token);
        var question = $"tình hình nộp báo cáo tháng {dueOn.Month}/{dueOn.Year}";
        foreach (var (measure, count) in new[] { (false, 10), (true, turns) })
        {
            for (var i = 0; i < count; i++)
            {
                await Step(measure, store, async () => (await compliance.ForOccurrenceAsync(occurrenceId, today))!.Units.Count);
                await Step(measure, card, async () =>
                {
                    var found = (await compliance.ForOccurrenceAsync(occurrenceId, today))!;
                    return ComplianceCards.Build("bench", [found], null).Attachments!.Count;
                });
                await Step(measure, turn, () => asking.AskAsync(question, CoordinatorUser));
            }
        }
        var size = await asking.AskAsync(question, CoordinatorUser);
        Console.WriteLine($"{provider}: compliance card {size} bytes");
        return [store.Row(provider), card.Row(provider), turn.Row(provider)];
    }

    /// <summary>
    /// Every unit's versions run 1..n without a gap and n is at most what was sent (a turn that timed out may or may not
    /// have stored its version): the figures are only worth something if nothing was lost or doubled.
    /// </summary>
    private static async Task CheckVersionsAsync(
        IServiceProvider services, ReportTurns turns, Guid occurrenceId, IReadOnlyList<Guid> units, int users, string provider)
    {
        var reports = services.GetRequiredService<IReportStore>();
        var fewer = 0;
        for (var user = 0; user < users; user++)
        {
            var unitId = units[user + 1];
            var report = (await reports.FindReportAsync(occurrenceId, unitId))!;
            var versions = report.Revisions.Select(r => r.Version).Order().ToList();
            var sent = turns.SentFor(unitId);
            if (!versions.SequenceEqual(Enumerable.Range(1, report.CurrentVersion)) || report.CurrentVersion > sent)
                throw new InvalidOperationException($"unit {user + 1}: versions {string.Join(",", versions)}, current {report.CurrentVersion}, sent {sent}");
            if (report.CurrentVersion < sent) fewer++;
        }
        Console.WriteLine($"{provider}: versions checked: every unit 1..n without a gap, none above what was sent; {users - fewer} units at all they sent, " +
            $"{fewer} fewer (failed turns)");
    }

    private static Task<T> Step<T>(bool measure, Latencies latencies, Func<Task<T>> step) =>
        measure ? latencies.MeasureAsync(step) : step();

    private static string BotAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
