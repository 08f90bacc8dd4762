using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// Simultaneous submissions through <c>/api/messages</c> with real signed tokens (the storage tests race the store
/// itself; this races whole turns): 50 wards submit at once and 10 forms are sent for the agencies at once, every
/// request delivered twice. Each submission is stored exactly once, both deliveries get the same receipt, the agencies'
/// versions run on without a gap, and every version holds what its form sent.
/// </summary>
public sealed class ReportConcurrencyTests
{
    [Fact]
    public async Task SimultaneousSubmissions_EachDeliveredTwice_StoredOnceInOrder_Sqlite()
    {
        var bot = new AuthenticatedReportBot();
        await bot.InitializeAsync();
        try { await RaceAsync(bot); }
        finally { await bot.DisposeAsync(); }
    }

    [RequiresPostgresFact]
    public async Task SimultaneousSubmissions_EachDeliveredTwice_StoredOnceInOrder_Postgres()
    {
        var bot = new AuthenticatedPostgresReportBot();
        await bot.InitializeAsync();
        try { await RaceAsync(bot); }
        finally { await bot.DisposeAsync(); }
    }

    private static async Task RaceAsync(AuthenticatedReportBot bot)
    {
        var services = bot.Bot.Services;
        var organisations = services.GetRequiredService<IOrganisationStore>();
        var wards = new List<UnitInfo>();
        for (var i = 1; i <= 50; i++)
        {
            var ward = await organisations.AddGroupMemberAsync(bot.Wards.Id, $"UBND Phường {i:00}");
            wards.Add(await RosterSeeding.GrantAsync(services, AuthenticatedReportBot.ReporterAad, "UBND Quận 7", ward.Name, RosterRole.Member, "Lê Văn Cường"));
        }
        var reports = services.GetRequiredService<IReportStore>();
        var agenciesBefore = (await reports.FindReportAsync(bot.SixMonths.OccurrenceId, bot.Agencies.Id))!.CurrentVersion;

        var forms = wards.Select((w, i) => (User: AuthenticatedReportBot.ReporterAad, Data: bot.FormData(w, $"Phường {i + 1:00}: đã đối thoại")))
            .Concat(Enumerable.Range(1, 10).Select(i => (User: AuthenticatedReportBot.AgencyAad, Data: bot.FormData(bot.Agencies, $"Lần gửi {i}"))))
            .ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deliveries = forms.Concat(forms).Select(form => Task.Run(async () =>
        {
            await start.Task;
            var activity = bot.Action(ReportFormCards.SubmitVerb, form.Data.DeepClone().AsObject(), form.User);
            using var response = await bot.PostAsync(activity);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {text}");
            using var body = JsonDocument.Parse(text);
            var card = body.RootElement.GetProperty("value");
            return (Id: form.Data["submissionId"]!.GetValue<string>(), Receipt: CardReading.Fact(card, "Số biên nhận"), Version: CardReading.Fact(card, "Phiên bản"));
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(deliveries);

        // Both deliveries of a form got the same receipt and version.
        Assert.All(answers.GroupBy(a => a.Id), twice => Assert.Single(twice.Select(a => (a.Receipt, a.Version)).Distinct()));
        foreach (var (ward, i) in wards.Select((w, i) => (w, i)))
        {
            var stored = (await reports.FindReportAsync(bot.SixMonths.OccurrenceId, ward.Id))!;
            Assert.Equal((1, $"Phường {i + 1:00}: đã đối thoại"), (stored.CurrentVersion, stored.ShownContent.Results));
        }
        var agencies = (await reports.FindReportAsync(bot.SixMonths.OccurrenceId, bot.Agencies.Id))!;
        Assert.Equal(agenciesBefore + 10, agencies.CurrentVersion);
        Assert.Equal(Enumerable.Range(1, agenciesBefore + 10), agencies.Revisions.Select(r => r.Version).Order());
        var sent = forms.Where(f => f.User == AuthenticatedReportBot.AgencyAad).Select(f => f.Data["results"]!.GetValue<string>()).Order();
        var storedTexts = new List<string>();
        for (var version = agenciesBefore + 1; version <= agencies.CurrentVersion; version++)
            storedTexts.Add((await reports.FindReportByIdAsync(agencies.ReportId, version))!.ShownContent.Results);
        Assert.Equal(sent, storedTexts.Order());
        var rows = await ReportRows.TakeAsync(services);
        Assert.Equal(1 + agenciesBefore + 50 + 10, rows.Count(r => r.StartsWith("ReportRevisions:", StringComparison.Ordinal)));
    }
}
