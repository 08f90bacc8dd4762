using System.Diagnostics;
using System.Globalization;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Features.Nudges.Sending;
using DanVanBot.Domain.Nudges;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Nudges;

/// <summary>
/// Issue 12's speed targets. Planning a day's reminders for 10,000 people over the five sample plans (under 1 s);
/// sending 10,000 through a local fake Connector with limits off (at least 1,000 messages/s from one instance); with the
/// per-tenant limit on, the measured rate within 5 % of the configured one; two instances on PostgreSQL with limits off
/// (at least 1.6× one instance). The planner and the dispatcher are the app's own services; the benchmark calls them as
/// the scheduler and the hosted sender would, and times them. The two instances are two hosts in this one process
/// sharing the database (each its own services, connection pool, claims and lease owner), not two processes.
/// </summary>
public static class NudgeBenchmark
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var options = new NudgeBenchOptions(args.GetInt("people", 10_000), args.GetInt("plan-rounds", 5),
            args.GetInt("rate", 30), args.GetInt("paced", 600), args.Get("concurrency", "16"), args.Get("batch", "100"),
            args.Has("postgres-options") ? args.Get("postgres-options", "") : null, args.GetInt("scale-rounds", 3));
        var loadBefore = Load();
        // --postgres-options "-c synchronous_commit=off": an experiment (what waiting for the WAL flush costs), not a setting of the bot.
        var rows = await BenchDatabase.OnEachProviderAsync(args, database => RunOneAsync(database, options with
        {
            ConnectionString = database.IsPostgres && options.PostgresOptions is { } extra ? database.ConnectionString + ";Options=" + extra : database.ConnectionString,
        }));
        Console.WriteLine();
        Console.WriteLine($"Reminders: {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z, {Environment.ProcessorCount} cores, {options.People} people, " +
            $"concurrency {options.Concurrency}, batch {options.Batch}{(options.PostgresOptions is null ? "" : ", PostgreSQL " + options.PostgresOptions)}; load average before {loadBefore}, after {Load()}");
        Console.WriteLine(Header);
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private sealed record NudgeBenchOptions(
        int People, int PlanRounds, int Rate, int Paced, string Concurrency, string Batch, string? PostgresOptions, int ScaleRounds)
    {
        public string? ConnectionString { get; init; }
    }

    private static async Task<IReadOnlyList<string>> RunOneAsync(BenchDatabase database, NudgeBenchOptions options)
    {
        var rows = new List<string>();
        await using var connector = await CountingConnector.StartAsync();
        var first = await NudgeBenchHost.StartAsync(database, "first", Limits(options, 0));
        await using var _ = first;
        var services = first.Services;
        var busy = await NudgeSeed.BusiestDayAsync(services);
        await NudgeSeed.SeedPeopleAsync(services, busy, options.People);
        Console.WriteLine($"{database.Provider}: busiest day {busy.Day:dd/MM/yyyy}, {busy.Occurrences} occurrences, " +
            $"{busy.Units.Count} owing units, {options.People} people seeded (load {Load()})");

        // Planning: the planner alone (what `nudges plan` prints), then planning and storing the outbox rows once (the
        // scheduler's job on that day).
        var at = NudgeSlots.At(busy.Day, NudgePolicy.Default.SendAt);
        var planner = services.GetRequiredService<NudgePlanner>();
        var planned = await planner.PlanAsync(at, null, CancellationToken.None);
        var planning = new Latencies($"plan {busy.Day:dd/MM/yyyy}: {planned.Count} reminders");
        for (var round = 0; round < options.PlanRounds; round++) await planning.MeasureAsync(() => planner.PlanAsync(at, null, CancellationToken.None));
        rows.Add(Row(database.Provider, "plan (no store), median of " + options.PlanRounds, planned.Count, planning.Percentile(50) / 1000, $"max {planning.Percentile(100) / 1000:F2} s"));
        foreach (var (step, n, seconds) in await PlanningBreakdown.RunAsync(services, busy.Day)) rows.Add(Row(database.Provider, step, n, seconds, ""));
        var outbox = services.GetRequiredService<INudgeOutbox>();
        IReadOnlyList<NudgeDraft> drafts;
        var storing = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            drafts = await scope.ServiceProvider.GetRequiredService<NudgePlanning>().DraftsAsync(
                await planner.PlanAsync(at, null, CancellationToken.None), CancellationToken.None);
        }
        var stored = await outbox.EnqueueAsync(drafts);
        rows.Add(Row(database.Provider, "plan + store the outbox rows (once)", stored, storing.Elapsed.TotalSeconds, ""));
        // Those rows are for a day in the plans' past: the first claim turns them to "expired", here, not inside a timed drain.
        if ((await outbox.ClaimAsync("bench", 1, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1))).Count > 0)
            throw new InvalidOperationException("planned rows were claimable");

        // One instance, limits off.
        var dispatcher = services.GetRequiredService<NudgeDispatcher>();
        var single = await SendAsync(outbox, connector, drafts, options.People, "single", () => dispatcher.DrainAsync(CancellationToken.None));
        rows.Add(Row(database.Provider, "send, limits off, one instance", single.Count, single.Seconds, $"{MachineCpu.Describe(single.Cpu)}; load {Load()}"));
        foreach (var (step, n, seconds) in await NudgeBreakdown.RunAsync(services, connector, drafts, options.People,
            int.Parse(options.Concurrency, CultureInfo.InvariantCulture), int.Parse(options.Batch, CultureInfo.InvariantCulture)))
            rows.Add(Row(database.Provider, step, n, seconds, ""));

        // Limits on: the per-tenant rate (all reminders in one tenant; one message per conversation).
        await using (var paced = await NudgeBenchHost.StartAsync(database, "paced", Limits(options, options.Rate)))
        {
            var pacedDispatcher = paced.Services.GetRequiredService<NudgeDispatcher>();
            var run = await SendAsync(outbox, connector, drafts, options.Paced, "paced", () => pacedDispatcher.DrainAsync(CancellationToken.None));
            var arrival = connector.ArrivalRate();
            rows.Add(Row(database.Provider, $"send, limit {options.Rate}/s per tenant", run.Count, run.Seconds,
                string.Format(CultureInfo.InvariantCulture, "arrivals {0:F2}/s = {1:+0.0;-0.0;0.0} % of {2}/s", arrival, (arrival / options.Rate - 1) * 100, options.Rate)));
        }

        if (!database.IsPostgres) return rows;
        // Two instances on one PostgreSQL, limits off: two hosts in this process, each draining until nothing is claimable.
        // One instance and two are timed in turns, several times, because a shared machine moves either figure by 2×
        // from one minute to the next; the ratios of each pair and their median are what to read.
        await using var second = await NudgeBenchHost.StartAsync(database, "second", Limits(options, 0));
        var other = second.Services.GetRequiredService<NudgeDispatcher>();
        var ratios = new List<double>();
        for (var round = 1; round <= options.ScaleRounds; round++)
        {
            var alone = await SendAsync(outbox, connector, drafts, options.People, $"alone-{round}", () => dispatcher.DrainAsync(CancellationToken.None));
            rows.Add(Row(database.Provider, $"send, limits off, one instance (pair {round})", alone.Count, alone.Seconds,
                $"{MachineCpu.Describe(alone.Cpu)}; load {Load()}"));
            var handled = new int[2];
            var both = await SendAsync(outbox, connector, drafts, options.People, $"two-{round}", async () =>
            {
                var counts = await Task.WhenAll(dispatcher.DrainAsync(CancellationToken.None), other.DrainAsync(CancellationToken.None));
                counts.CopyTo(handled, 0);
                return counts.Sum();
            });
            var ratio = both.Count / both.Seconds / (alone.Count / alone.Seconds);
            ratios.Add(ratio);
            rows.Add(Row(database.Provider, $"send, limits off, two instances (pair {round})", both.Count, both.Seconds,
                string.Format(CultureInfo.InvariantCulture, "{0:F2}× one; split {1}/{2}; {3}; load {4}", ratio, handled[0], handled[1],
                    MachineCpu.Describe(both.Cpu), Load())));
        }
        var sorted = ratios.Order().ToList();
        rows.Add(string.Format(CultureInfo.InvariantCulture, "{0,-10} two instances ÷ one, median of {1} pairs: {2:F2}× (pairs: {3})", database.Provider,
            sorted.Count, sorted[sorted.Count / 2], string.Join(", ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))));
        return rows;
    }

    /// <summary>
    /// Stores <paramref name="count"/> of the planned reminders again under a new stage (a new key), each to its own 1:1
    /// conversation on the connector and due now, then times the drain; the count is what the connector received.
    /// </summary>
    private static async Task<(int Count, double Seconds, double? Cpu)> SendAsync(
        INudgeOutbox outbox, CountingConnector connector, IReadOnlyList<NudgeDraft> planned, int count, string run, Func<Task<int>> drain)
    {
        var now = DateTimeOffset.UtcNow;
        var drafts = Enumerable.Range(0, count).Select(i => planned[i % planned.Count] with
        {
            Stage = $"{planned[i % planned.Count].Stage}/{run}-{i / planned.Count}",
            TenantId = NudgeBenchHost.Tenant,
            ServiceUrl = connector.ServiceUrl,
            ConversationId = $"a:bench-{run}-{i}",
            NotBefore = now.AddMinutes(-1),
            NotAfter = now.AddHours(2),
        }).ToList();
        if (await outbox.EnqueueAsync(drafts) != count) throw new InvalidOperationException("reminders were not all stored");
        connector.Reset();
        var cpu = new MachineCpu();
        var watch = Stopwatch.StartNew();
        var handled = await drain();
        var seconds = watch.Elapsed.TotalSeconds;
        var utilisation = cpu.Utilisation();
        if (handled != count || connector.Count != count)
            throw new InvalidOperationException($"{run}: {handled} handled, {connector.Count} received, {count} expected");
        return (connector.Count, seconds, utilisation);
    }

    private static Dictionary<string, string?> Limits(NudgeBenchOptions options, int perTenant) => new()
    {
        ["ConnectionStrings:DanVan"] = options.ConnectionString,
        ["Nudges:MessagesPerSecondPerTenant"] = perTenant.ToString(CultureInfo.InvariantCulture),
        ["Nudges:MessagesPerSecondPerConversation"] = perTenant == 0 ? "0" : "1",
        ["Nudges:Concurrency"] = options.Concurrency,
        ["Nudges:BatchSize"] = options.Batch,
    };

    private static string Header => string.Format(CultureInfo.InvariantCulture,
        "{0,-10} {1,-48} {2,7} {3,9} {4,11}  {5}", "database", "step", "n", "seconds", "per second", "note");

    private static string Row(string provider, string step, int n, double seconds, string note) => string.Format(CultureInfo.InvariantCulture,
        "{0,-10} {1,-48} {2,7} {3,9:F3} {4,11:F1}  {5}", provider, step, n, seconds, n / seconds, note);

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
