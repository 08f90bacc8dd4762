using System.Diagnostics;
using Activity = DanVanBot.Protocol.Schema.Activity;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Features.Nudges.Sending;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Nudges;

/// <summary>
/// Where a send's time goes, each part alone over the same number of reminders: composing the card activities (CPU),
/// the Connector calls alone (the app's own client, as many in flight as the dispatcher), and the outbox alone (claim
/// in batches, record each result — a commit each, and as the dispatcher does (grouped on SQLite) — no HTTP).
/// </summary>
internal static class NudgeBreakdown
{
    public static async Task<IReadOnlyList<(string Step, int N, double Seconds)>> RunAsync(
        IServiceProvider services, CountingConnector connector, IReadOnlyList<NudgeDraft> planned, int count, int concurrency, int batch)
    {
        var results = new List<(string, int, double)>();
        var cards = planned.Take(Math.Min(count, planned.Count)).Select(d => d.CardData).ToList();
        var watch = Stopwatch.StartNew();
        var activities = new List<Activity>(count);
        for (var i = 0; i < count; i++) activities.Add(NudgeCards.Activity(Guid.NewGuid(), NudgeCards.Read(cards[i % cards.Count])));
        results.Add(("  part: compose card activities (CPU)", count, watch.Elapsed.TotalSeconds));

        var client = services.GetRequiredKeyedService<IConnectorClient>(NudgeConnector.Key);
        connector.Reset();
        watch.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, token) =>
        {
            var activity = activities[i];
            activity.Conversation = new ConversationAccount { Id = $"a:part-{i}", ConversationType = "personal" };
            var sent = await client.SendAsync(connector.ServiceUrl, activity.Conversation.Id, activity, token);
            if (!sent.Succeeded) throw new InvalidOperationException($"connector answered {sent.StatusCode}");
        });
        results.Add(($"  part: Connector calls only ({concurrency} in flight)", connector.Count, watch.Elapsed.TotalSeconds));

        var outbox = services.GetRequiredService<INudgeOutbox>();
        // Recording side by side: a commit per reminder, and through the dispatcher's own writer (in groups where the outbox
        // prefers it: SQLite).
        results.Add(await RecordAllAsync(outbox, planned, count, concurrency, batch, $"one commit each ({concurrency} at once)",
            (nudge, outcome, token) => outbox.CompleteAsync(nudge.Id, "part", outcome, DateTimeOffset.UtcNow, token)));
        var writer = new NudgeResultWriter(outbox, new NudgeInstance("part"));
        results.Add(await RecordAllAsync(outbox, planned, count, concurrency, batch, $"as the dispatcher records ({concurrency} at once)",
            (nudge, outcome, token) => writer.RecordAsync(nudge.Id, outcome, DateTimeOffset.UtcNow, token)));
        return results;
    }

    private static async Task<(string, int, double)> RecordAllAsync(
        INudgeOutbox outbox, IReadOnlyList<NudgeDraft> planned, int count, int concurrency, int batch, string how,
        Func<NudgeRecord, NudgeOutcome, CancellationToken, Task<bool>> record)
    {
        var now = DateTimeOffset.UtcNow;
        var round = Guid.NewGuid().ToString("N")[..6];
        await outbox.EnqueueAsync(Enumerable.Range(0, count).Select(i => planned[i % planned.Count] with
        {
            Stage = $"{planned[i % planned.Count].Stage}/{round}-{i / planned.Count}", NotBefore = now.AddMinutes(-1), NotAfter = now.AddHours(2),
        }).ToList());
        var watch = Stopwatch.StartNew();
        var recorded = 0;
        var delivered = new NudgeOutcome(NudgeState.Delivered, StatusCode: 201);
        while (await outbox.ClaimAsync("part", batch, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2)) is { Count: > 0 } claimed)
        {
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (nudge, token) =>
            {
                if (await record(nudge, delivered, token)) Interlocked.Increment(ref recorded);
            });
        }
        return ($"  part: outbox claim + record only, {how}", recorded, watch.Elapsed.TotalSeconds);
    }
}

/// <summary>Where planning's time goes: the planner's three reads, each timed alone for the day's organisations.</summary>
internal static class PlanningBreakdown
{
    public static async Task<IReadOnlyList<(string Step, int N, double Seconds)>> RunAsync(IServiceProvider services, DateOnly day)
    {
        var feed = services.GetRequiredService<App.Features.Nudges.Planning.INudgeFeed>();
        var roster = services.GetRequiredService<INudgeRoster>();
        var reachability = services.GetRequiredService<INudgeReachability>();
        var calendar = services.GetRequiredService<Domain.Calendar.IWorkingCalendar>();
        var (from, to) = Domain.Nudges.NudgeSchedule.Horizon(day, Domain.Nudges.NudgePolicy.Default, calendar);
        var watch = Stopwatch.StartNew();
        var units = new List<Guid>();
        var occurrences = 0;
        foreach (var organisation in await services.GetRequiredService<Storage.Organisations.IOrganisationStore>().ListOrganisationsAsync())
        {
            var due = await feed.DueAsync(organisation.Id, from, to, CancellationToken.None);
            occurrences += due.Count;
            units.AddRange(due.SelectMany(o => o.Units).Where(u => !u.Reported).Select(u => u.UnitId));
        }
        var feedSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var people = await roster.RecipientsAsync(units.Distinct().ToList(), CancellationToken.None);
        var rosterSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        await reachability.FindMutedAsync(people.Select(p => p.PersonId).Distinct().ToList(), CancellationToken.None);
        return [("  part: plans + reports' standing (occurrences)", occurrences, feedSeconds),
            ("  part: roster members of owing units (people)", people.Count, rosterSeconds),
            ("  part: mutes of those people", people.Count, watch.Elapsed.TotalSeconds)];
    }
}
