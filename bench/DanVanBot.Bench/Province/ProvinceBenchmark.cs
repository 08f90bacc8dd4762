using System.Diagnostics;
using System.Globalization;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Hosting;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Tests.TestSupport;
using DanVanBot.Storage;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Province;

/// <summary>
/// Issue 4's province-scale "what's due" turn (p99 under 50 ms) on SQLite and PostgreSQL. For each database: the
/// generated province (<see cref="ProvincePlans"/>) imported through <see cref="IPlanStore"/>, 100,000 reports, one
/// membership per bench user; then three layers measured, one turn at a time, each asker at a random unit:
/// the storage query path, the Ask feature's answer service, and a real authenticated HTTP turn whose reply
/// card is caught by a local fake Connector.
/// </summary>
public static class ProvinceBenchmark
{
    private const string Question = "tháng này có gì đến hạn?";
    private const int Users = 64;

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var turns = args.GetInt("turns", 400);
        var reportCount = args.GetInt("reports", 100_000);
        var rows = await BenchDatabase.OnEachProviderAsync(args, database => RunOneAsync(database, turns, reportCount));
        Console.WriteLine();
        Console.WriteLine($"Province what's-due turn: {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z, {Environment.ProcessorCount} cores, " +
            $"{ProvincePlans.UnitCount} units, {ProvincePlans.FirstYear}–{ProvincePlans.LastYear}, {reportCount} reports, {turns} turns per step");
        Console.WriteLine(Latencies.Header);
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<IReadOnlyList<string>> RunOneAsync(BenchDatabase database, int turns, int reportCount)
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
            var province = await ProvinceSeed.SeedAsync(services, reportCount, database, Users);
            var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());
            var random = new Random(42);
            var steps = new[]
            {
                new Latencies("storage: FindDueAsync only"),
                new Latencies("storage: FindDue + report status + card"),
                new Latencies("answer service + due-list card"),
                new Latencies("HTTP turn, auth on, reply at Connector"),
            };
            using var http = new HttpClient { BaseAddress = new Uri(BotAddress(app)), Timeout = TimeSpan.FromSeconds(10) };
            var turn = new HttpTurn(http, catcher, kit.CreateChannelToken(catcher.ServiceUrl));
            var interpreter = services.GetRequiredService<QuestionInterpreter>();
            var answers = services.GetRequiredService<AnswerService>();
            var lines = services.GetRequiredService<AnswerLines>();
            var plans = services.GetRequiredService<IPlanStore>();
            var reports = services.GetRequiredService<IReportStore>();
            var items = 0;

            // Warm-up (JIT, connection pools, query caches), then the measured turns; each loop is bounded by count.
            foreach (var (measure, count) in new[] { (false, 30), (true, turns) })
            {
                for (var i = 0; i < count; i++)
                {
                    var user = random.Next(Users);
                    var unit = province.UserUnits[user];
                    var window = interpreter.Interpret(Question, today).Window!.Value;
                    await Step(measure, steps[0], async () => (await plans.FindDueAsync(province.OrganisationId, window, unit)).Count);
                    var found = await Step(measure, steps[1], () => StoragePathAsync(plans, reports, province.OrganisationId, unit, window, today));
                    await Step(measure, steps[2], async () =>
                    {
                        var asked = interpreter.Interpret(Question, today);
                        var answer = await answers.AnswerAsync(asked, today, new Asker(province.OrganisationId, unit));
                        return AnswerCards.Page(answer, await lines.BuildAsync(answer, today, CancellationToken.None), today, new AnswerPageToken(today, 0, Question));
                    });
                    await Step(measure, steps[3], () => turn.AskAsync(Question, user));
                    items += measure ? found : 0;
                }
            }
            Console.WriteLine($"{database.Provider}: {items / (double)turns:F1} due items per answer on average (today {today:dd/MM/yyyy})");
            return steps.Select(s => s.Row(database.Provider)).ToList();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static Task<T> Step<T>(bool measure, Latencies latencies, Func<Task<T>> step) =>
        measure ? latencies.MeasureAsync(step) : step();

    /// <summary>What a turn needs from storage: the unit's occurrences this month, its status for each, the card.</summary>
    private static async Task<int> StoragePathAsync(
        IPlanStore plans, IReportStore reports, Guid organisationId, Guid unitId, DateWindow window, DateOnly today)
    {
        var due = await plans.FindDueAsync(organisationId, window, unitId);
        var items = new List<AnswerListItem>(due.Count);
        foreach (var occurrence in due.Take(10))
        {
            var statuses = await reports.GetStatusAsync(occurrence.OccurrenceId);
            var mine = statuses.FirstOrDefault(s => s.UnitId == unitId);
            var status = mine is null ? (Cards.Data.UnitReportStatus?)null
                : mine.Submitted ? Cards.Data.UnitReportStatus.Submitted
                : today > occurrence.DueOn ? Cards.Data.UnitReportStatus.Late : Cards.Data.UnitReportStatus.NotSubmitted;
            items.Add(new AnswerListItem(occurrence.Description, "KH " + occurrence.PlanNumber + ", mục " + occurrence.SectionPath,
                Units: string.Join(", ", occurrence.UnitNames.Take(3)), DueText: VietnameseDates.WeekdayAndDate(occurrence.DueOn),
                Timing: DatePhrases.TimingOf(occurrence.DueOn, today), TimingText: DatePhrases.Timing(occurrence.DueOn, today), AskerStatus: status));
        }
        var card = CardMessage.Create(CardNames.AnswerList, new AnswerListCardData($"Đến hạn trong tháng {today:MM/yyyy}", items), "Đến hạn tháng này");
        return card.Attachments!.Count > 0 ? due.Count : throw new InvalidOperationException("no card");
    }

    private static string BotAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
