using Microsoft.Data.Sqlite;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// Reads a SQLite schema back from the catalog (sqlite_master and the pragmas) as sorted,
/// comparable lines. EF's own bookkeeping tables (__EF…) are left out.
/// </summary>
public static class SqliteSchemaReader
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();

        var tables = await QueryAsync(connection, """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name NOT LIKE '\_\_EF%' ESCAPE '\'
            """, r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            var columns = await QueryAsync(connection, "SELECT name, type, \"notnull\", pk FROM pragma_table_info($t)",
                r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, Pk: r.GetInt64(3)), table);
            lines.AddRange(columns.Select(c => $"column {table}.{c.Name} {c.Type} {(c.NotNull ? "NOT NULL" : "NULL")}"));
            var key = columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name);
            lines.Add($"primary key {table} ({string.Join(",", key)})");

            var indexes = await QueryAsync(connection, "SELECT name, \"unique\", partial FROM pragma_index_list($t)",
                r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1, Partial: r.GetInt64(2) == 1), table);
            foreach (var index in indexes)
            {
                var indexColumns = await QueryAsync(connection,
                    "SELECT name FROM pragma_index_info($t) ORDER BY seqno", r => r.GetString(0), index.Name);
                lines.Add($"index {table} {index.Name} unique={index.Unique} partial={index.Partial} " +
                          $"({string.Join(",", indexColumns)})");
            }

            lines.AddRange(await QueryAsync(connection,
                "SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list($t)",
                r => $"foreign key {table}.{r.GetString(0)} -> {r.GetString(1)}.{r.GetValue(2)} on delete {r.GetString(3)}",
                table));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, string? argument = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (argument is not null)
        {
            command.Parameters.AddWithValue("$t", argument);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
