using Npgsql;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>Throw-away databases on the server named by DANVAN_TEST_POSTGRES (<c>source .ci/postgres.sh</c>).</summary>
public static class TestPostgres
{
    public const string VariableName = "DANVAN_TEST_POSTGRES";

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <returns>The new database's connection string and a callback that drops it.</returns>
    public static async Task<(string ConnectionString, Func<Task> Drop)> CreateDatabaseAsync()
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException($"{VariableName} is not set; run `source .ci/postgres.sh` first.");
        var name = $"danvan_app_{Guid.NewGuid():N}"[..30];
        await ExecuteAsync(admin, $"""CREATE DATABASE "{name}" """);
        return (new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Needs PostgreSQL: skipped locally without DANVAN_TEST_POSTGRES, never skipped under CI=true (there it fails).</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (TestPostgres.AdminConnectionString is null && !TestPostgres.IsCi)
            Skip = $"Set {TestPostgres.VariableName} to an Npgsql connection string (source .ci/postgres.sh).";
    }
}
