using DanVanBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// What a refused turn must not change, read from the bot's own database: people, roles, join requests and their
/// states, pending imports, plans, dated occurrences, the audit trail, reports and their revisions. (Conversation references are kept for
/// every served turn by design and are not part of it.)
/// </summary>
public static class DatabaseSnapshot
{
    private static readonly string[] Queries =
    [
        """SELECT COUNT(*) AS "Value" FROM "People" """,
        """SELECT COUNT(*) AS "Value" FROM "Memberships" """,
        """SELECT COUNT(*) AS "Value" FROM "JoinRequests" WHERE "Status" = 'Pending'""",
        """SELECT COUNT(*) AS "Value" FROM "JoinRequests" """,
        """SELECT COUNT(*) AS "Value" FROM "PendingPlanImports" """,
        """SELECT COUNT(*) AS "Value" FROM "Plans" """,
        """SELECT COUNT(*) AS "Value" FROM "Occurrences" WHERE "AssignedLastDay" IS NOT NULL""",
        """SELECT COUNT(*) AS "Value" FROM "AuditEntries" """,
        """SELECT COUNT(*) AS "Value" FROM "Reports" """,
        """SELECT COUNT(*) AS "Value" FROM "ReportRevisions" """,
        """SELECT COALESCE(SUM("CurrentVersion"), 0) AS "Value" FROM "Reports" """,
    ];

    public static async Task<string> TakeAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<DanVanDbContext>>().CreateDbContextAsync();
        var counts = new List<string>();
        foreach (var sql in Queries)
            counts.Add((await db.Database.SqlQueryRaw<int>(sql).ToListAsync()).Single().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "people, memberships, pending, requests, imports, plans, dated, audit, reports, revisions, versions = " + string.Join(", ", counts);
    }
}
