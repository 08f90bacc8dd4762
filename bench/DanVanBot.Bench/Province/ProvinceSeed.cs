using System.Diagnostics;
using DanVanBot.Domain.Time;
using DanVanBot.Storage;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Roster;
using DanVanBot.Storage.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Bench.Province;

/// <param name="UserUnits">The unit each bench user (index) has chosen in their profile.</param>
public sealed record ProvinceData(Guid OrganisationId, IReadOnlyList<Guid> UserUnits);

/// <summary>Fills an empty, migrated database with the province, its reports and the bench users' profiles.</summary>
public static class ProvinceSeed
{
    public static async Task<ProvinceData> SeedAsync(IServiceProvider services, int reportCount, BenchDatabase database, int users)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(database);
        var watch = Stopwatch.StartNew();
        var plans = services.GetRequiredService<IPlanStore>();
        Guid organisationId = default;
        var occurrences = 0;
        foreach (var plan in ProvincePlans.All())
        {
            var result = await plans.UpsertPlanAsync(plan, ProvincePlans.Organisation);
            (organisationId, occurrences) = (result.OrganisationId, occurrences + result.OccurrenceCount);
        }
        Console.WriteLine($"{database.Provider}: imported {ProvincePlans.LastYear - ProvincePlans.FirstYear + 1} plans, " +
            $"{occurrences} occurrences in {watch.Elapsed.TotalSeconds:F1} s");

        var units = await services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(organisationId);
        if (units.Count < ProvincePlans.UnitCount) throw new InvalidOperationException($"Only {units.Count} units stored.");

        watch.Restart();
        var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());
        var first = (await plans.FindDueAsync(organisationId, new DateWindow(new DateOnly(ProvincePlans.FirstYear, 1, 1), today))).First();
        var firstUnit = units.First(u => first.UnitNames.Contains(u.Name)).Id;
        var contexts = services.GetRequiredService<IDbContextFactory<DanVanDbContext>>();
        await ProvinceReports.SeedAsync(services.GetRequiredService<IReportStore>(), contexts, first, firstUnit, reportCount,
            today.AddDays(10), database.IsPostgres);
        var stored = await ProvinceReports.CountAsync(contexts);
        if (stored < reportCount) throw new InvalidOperationException($"Only {stored} reports stored.");
        Console.WriteLine($"{database.Provider}: {stored} reports in {watch.Elapsed.TotalSeconds:F1} s");

        var chosen = await SeedPeopleAsync(services, organisationId, units, users);
        await AnalyzeAsync(contexts);
        return new ProvinceData(organisationId, chosen);
    }

    /// <summary>
    /// The bench users as members of random units, in one roster import, and the organisation bound to the bench
    /// tenant (so the tenant is served).
    /// </summary>
    public static async Task<List<Guid>> SeedPeopleAsync(IServiceProvider services, Guid organisationId, IReadOnlyList<UnitInfo> units, int users)
    {
        var random = new Random(7);
        var chosen = new List<Guid>(users);
        var rows = new List<RosterImportRow>(users);
        for (var user = 0; user < users; user++)
        {
            var unit = units[random.Next(units.Count)];
            chosen.Add(unit.Id);
            rows.Add(new RosterImportRow(user + 2, null, HttpTurn.AadObjectId(user), $"Cán bộ {user}", ProvincePlans.Organisation, unit.Name, RosterRole.Member));
        }
        var report = await services.GetRequiredService<IRosterImporter>().ImportAsync(rows, new RosterImportOptions(false, false, "bench", "bench"));
        if (report.Problems.Count > 0) throw new InvalidOperationException(report.Problems[0].Message);
        await services.GetRequiredService<IOrganisationStore>().SetTenantAsync(organisationId, HttpTurn.TenantId);
        return chosen;
    }

    /// <summary>Fresh statistics after the bulk load, as autovacuum / a periodic ANALYZE would have them in production.</summary>
    private static async Task AnalyzeAsync(IDbContextFactory<DanVanDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
