using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Roster;
using DanVanBot.App.Hosting;
using DanVanBot.Bench.Province;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Bench.Roster;

/// <summary>
/// Issue 9's speed targets, on SQLite and PostgreSQL: resolving the current user (what every turn now adds) with
/// 10,000 people in the roster, p99 under 1 ms; and the join card's unit search over the province's 3,000 units,
/// under 50 ms. The resolver and the search are the app's own services, called as a turn calls them.
/// </summary>
public static class RosterBenchmark
{
    private static readonly string[] Queries =
        ["phong noi vu", "ubnd xa 12", "Sở ngành số 7", "truong thcs 5", "ubnd huyen", "xa 2", "snss", "UBND XÃ 1999", "văn phòng", "zzz"];

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var people = args.GetInt("people", 10_000);
        var lookups = args.GetInt("lookups", 3_000);
        var rows = await BenchDatabase.OnEachProviderAsync(args, database => RunOneAsync(database, people, lookups));
        Console.WriteLine();
        Console.WriteLine($"Roster: {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z, {Environment.ProcessorCount} cores, {people} people, " +
            $"{ProvincePlans.UnitCount} units, {lookups} lookups per step");
        Console.WriteLine(Latencies.Header);
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<IReadOnlyList<string>> RunOneAsync(BenchDatabase database, int people, int lookups)
    {
        var app = BotHost.Build(["--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0",
                ["Bot:MicrosoftAppPassword"] = "unused: nothing is sent",
                ["Storage:Provider"] = database.Provider,
                ["ConnectionStrings:DanVan"] = database.ConnectionString,
                ["Plans:SampleFolder"] = "",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.PrepareAsync();
        await using var _ = app;
        var services = app.Services;
        Guid organisationId = default;
        foreach (var plan in ProvincePlans.All().Take(1))
            organisationId = (await services.GetRequiredService<IPlanStore>().UpsertPlanAsync(plan, ProvincePlans.Organisation)).OrganisationId;
        var units = await services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(organisationId);
        await ProvinceSeed.SeedPeopleAsync(services, organisationId, units, people);
        Console.WriteLine($"{database.Provider}: {units.Count} units, {people} people seeded");

        var resolver = services.GetRequiredService<CurrentUserResolver>();
        var search = services.GetRequiredService<UnitSearch>();
        var random = new Random(9);
        var known = new Latencies("resolve current user (in roster)");
        var unknown = new Latencies("resolve current user (not in roster)");
        var searching = new Latencies($"unit search over {units.Count} units");
        for (var i = 0; i < 300; i++) await resolver.ResolveAsync(Activity(random.Next(people)), CancellationToken.None); // warm up
        for (var i = 0; i < lookups; i++)
        {
            var user = await known.MeasureAsync(() => resolver.ResolveAsync(Activity(random.Next(people)), CancellationToken.None));
            if (!user.IsMember) throw new InvalidOperationException("a seeded person resolved without a membership");
            await unknown.MeasureAsync(() => resolver.ResolveAsync(Activity(people + random.Next(people)), CancellationToken.None));
        }
        var first = new Latencies("unit search, first (reads the units)");
        await first.MeasureAsync(() => search.SearchAsync([organisationId], Queries[0], CancellationToken.None));
        for (var i = 0; i < lookups / 3; i++)
            await searching.MeasureAsync(() => search.SearchAsync([organisationId], Queries[i % Queries.Length], CancellationToken.None));
        return [known.Row(database.Provider), unknown.Row(database.Provider), first.Row(database.Provider), searching.Row(database.Provider)];
    }

    private static Activity Activity(int user) => new()
    {
        Type = ActivityTypes.Message,
        Id = user.ToString(CultureInfo.InvariantCulture),
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        ChannelId = Channels.MsTeams,
        From = new ChannelAccount { Id = HttpTurn.TeamsUserId(user), AadObjectId = HttpTurn.AadObjectId(user), Name = "Cán bộ" },
        Conversation = new ConversationAccount { Id = "a:bench-" + user, ConversationType = "personal", TenantId = HttpTurn.TenantId },
        Recipient = new ChannelAccount { Id = "28:bench" },
    };
}
