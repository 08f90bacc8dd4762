using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// A database as the hand-written migrations left it, with rows in every table (Fixtures/*.sql, dumped from
/// such a database), and a provider-neutral picture of every row to compare before and after an upgrade.
/// </summary>
public static class OldDatabaseFixture
{
    public static readonly string[] Tables =
    [
        "__EFMigrationsHistory", "ConversationReferences", "Organisations", "Units", "Plans", "Obligations",
        "ObligationUnits", "Occurrences", "UserProfiles", "Reports", "PendingPlanImports",
    ];

    public static async Task LoadAsync(TestDatabase database)
    {
        var provider = database.Provider == StorageProvider.Sqlite ? "sqlite" : "postgres";
        var sql = await File.ReadAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", $"hand-written-migrations.{provider}.sql"));
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>"Table|value|value…" for every row of <see cref="Tables"/> (or of <paramref name="tables"/>), sorted.</summary>
    public static async Task<IReadOnlyList<string>> ReadRowsAsync(TestDatabase database, IEnumerable<string>? tables = null)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in tables ?? Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT * FROM "{table}" """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => Format(reader.GetValue(i)));
                rows.Add($"{table}|{string.Join('|', values)}");
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Runs SQL on the database outside EF (to write rows in an old schema EF no longer maps).</summary>
    public static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // Unpooled: the PostgreSQL dump changes session settings (search_path) that must not leak into pooled connections.
    private static DbConnection Open(TestDatabase database) => database.Provider == StorageProvider.Sqlite
        ? new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString)
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);

    private static string Format(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
