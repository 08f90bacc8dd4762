using Npgsql;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// Reads a PostgreSQL schema back from information_schema, pg_constraint and pg_indexes as
/// sorted, comparable lines. EF's own bookkeeping tables (__EF…) are left out.
/// </summary>
public static class PostgresSchemaReader
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();

        lines.AddRange(await QueryAsync(connection, """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
            """, r => r.GetString(0), "table "));
        lines.AddRange(await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, is_identity, column_default
            FROM information_schema.columns WHERE table_schema = 'public'
            """, r => $"{r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetValue(3)}) nullable={r.GetString(4)} " +
                      $"identity={r.GetString(5)} default={r.GetValue(6)}", "column "));
        // Primary keys, unique and foreign keys, checks: name plus the server's own definition text.
        lines.AddRange(await QueryAsync(connection, """
            SELECT cl.relname, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
            WHERE n.nspname = 'public'
            """, r => $"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)}", "constraint "));
        lines.AddRange(await QueryAsync(connection, """
            SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
            """, r => $"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)}", "index "));

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> QueryAsync(
        NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, string> line, string kind)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            // Every query's first column is the table: EF's bookkeeping tables are not our schema.
            if (!reader.GetString(0).StartsWith("__EF", StringComparison.Ordinal))
            {
                lines.Add(kind + line(reader));
            }
        }

        return lines;
    }
}
