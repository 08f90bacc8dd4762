using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.SqlServer;

/// <summary>The searched names are case- and accent-insensitive on SQL Server (needs DANVAN_TEST_SQLSERVER).</summary>
public sealed class SqlServerSearchTests(SqlServerHost host) : IClassFixture<SqlServerHost>
{
    [RequiresSqlServerFact]
    public async Task UnitName_TypedWithoutDiacritics_FoundBySqlServer()
    {
        var database = await PlanScenarios.MigratedAsync(host);
        await database.Get<IPlanStore>().UpsertPlanAsync(SamplePlans.District7());
        await using var db = database.CreateContext();

        var byEquality = await db.Units.Where(u => u.Name == "phong noi vu").Select(u => u.Name).ToListAsync();
        var byLike = await db.Plans.Where(p => EF.Functions.Like(p.Title, "%dan van chinh quyen%")).Select(p => p.Title).ToListAsync();

        Assert.Equal([SamplePlans.HomeAffairs], byEquality);
        Assert.Equal(["Thực hiện công tác Dân vận Chính quyền năm 2022"], byLike);
    }
}
