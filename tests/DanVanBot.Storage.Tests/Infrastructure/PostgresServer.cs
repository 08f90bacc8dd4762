using Npgsql;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>Creates and drops uniquely named databases on the test server.</summary>
public static class PostgresServer
{
    public const string VariableName = "DANVAN_TEST_POSTGRES";

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync($"""CREATE DATABASE "{name}" """);
        return ConnectionStringFor(name);
    }

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(RequiredAdminConnectionString()) { Database = database }.ConnectionString;

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(RequiredAdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string RequiredAdminConnectionString() => AdminConnectionString
        ?? throw new InvalidOperationException($"{VariableName} is not set; run `source .ci/postgres.sh` first.");
}
