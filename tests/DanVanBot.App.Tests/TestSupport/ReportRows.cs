using System.Data.Common;
using System.Globalization;
using DanVanBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// Every row of the report tables, every column, as text: a refused request must leave each of them as it was (a count
/// would miss a rewritten row). Works on SQLite and PostgreSQL alike. Attachment content is shown by length and hash
/// column, which the table already holds.
/// </summary>
public static class ReportRows
{
    private static readonly string[] Tables = ["Reports", "ReportRevisions", "ReportReturns", "ReportAttachments", "ReportConsolidations"];

    public static async Task<IReadOnlyList<string>> TakeAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<DanVanDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var rows = new List<string>();
        foreach (var table in Tables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""SELECT * FROM "{table}" """;
            await using var reader = await command.ExecuteReaderAsync();
            var tableRows = new List<string>();
            while (await reader.ReadAsync()) tableRows.Add(table + ": " + Row(reader));
            rows.AddRange(tableRows.Order(StringComparer.Ordinal));
        }
        return rows;
    }

    private static string Row(DbDataReader reader) => string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
        reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
        {
            byte[] bytes => $"{bytes.Length} bytes",
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString(),
        })));
}
