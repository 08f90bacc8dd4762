using System.Data.Common;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Bench.Province;

/// <summary>
/// 100,000 stored reports. One goes through <see cref="IReportStore.SubmitAsync"/> (so every column is written the
/// way the store writes it); the rest copy that report's header and its revision in one bulk INSERT … SELECT each per
/// provider, for the (occurrence, owing unit) pairs due up to <c>until</c>, most recent first: the province's recent
/// history.
/// </summary>
public static class ProvinceReports
{
    public static async Task SeedAsync(IReportStore reports, IDbContextFactory<DanVanDbContext> contexts, DueOccurrence first,
        Guid firstUnitId, int count, DateOnly until, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(first);
        var template = (await reports.SubmitAsync(new ReportSubmission(Guid.NewGuid(), first.OccurrenceId, firstUnitId,
            new ReportContent("Đã thực hiện đầy đủ các nội dung theo kế hoạch.", ReportProgress.Completed),
            new ReportAuthor("00000000-0000-4000-8000-000000000001", "Nguyễn Văn An"), "bench", "1"))).Receipt!;

        var newId = postgres
            ? "gen_random_uuid()"
            // EF Core stores Guids as upper-case text in SQLite.
            : "upper(substr(h,1,8)||'-'||substr(h,9,4)||'-4'||substr(h,14,3)||'-8'||substr(h,18,3)||'-'||substr(h,21,12))";
        var randomHex = postgres ? "" : ", hex(randomblob(16)) AS h";
        var headers = $"""
            INSERT INTO "Reports" ("Id", "OccurrenceId", "UnitId", "Status", "SubmittedAt", "CurrentVersion", "UpdatedAt")
            SELECT {newId}, p."OccurrenceId", p."UnitId", t."Status", t."SubmittedAt", t."CurrentVersion", t."UpdatedAt"
            FROM (
                SELECT o."Id" AS "OccurrenceId", ou."UnitId" AS "UnitId"{randomHex}
                FROM "Occurrences" o JOIN "ObligationUnits" ou ON ou."ObligationId" = o."ObligationId"
                WHERE o."DueOn" <= @until AND NOT (o."Id" = @first AND ou."UnitId" = @unit)
                ORDER BY o."DueOn" DESC, o."Id", ou."UnitId"
                LIMIT @count
            ) p CROSS JOIN (SELECT * FROM "Reports" WHERE "Id" = @report) t
            """;
        var revisions = $"""
            INSERT INTO "ReportRevisions" ("ReportId", "Version", "SubmissionId", "Results", "Progress", "AuthorAadObjectId",
                "AuthorName", "SubmittedAt", "Client", "CardVersion", "AfterConsolidation")
            SELECT r."Id", 1, {newId}, t."Results", t."Progress", t."AuthorAadObjectId", t."AuthorName", t."SubmittedAt", t."Client",
                t."CardVersion", t."AfterConsolidation"
            FROM (SELECT "Id"{randomHex} FROM "Reports" WHERE "Id" <> @report) r
            CROSS JOIN (SELECT * FROM "ReportRevisions" WHERE "ReportId" = @report) t
            """;
        await using var db = await contexts.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var sql in new[] { headers, revisions })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "@first", postgres ? first.OccurrenceId : first.OccurrenceId.ToString().ToUpperInvariant());
            Add(command, "@unit", postgres ? template.UnitId : template.UnitId.ToString().ToUpperInvariant());
            Add(command, "@report", postgres ? template.ReportId : template.ReportId.ToString().ToUpperInvariant());
            Add(command, "@count", count - 1);
            Add(command, "@until", postgres ? until : until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            command.CommandTimeout = 300;
            await command.ExecuteNonQueryAsync();
        }
    }

    public static async Task<long> CountAsync(IDbContextFactory<DanVanDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Reports\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
