using Microsoft.Data.SqlClient;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// Creates and drops uniquely named databases on the SQL Server named by DANVAN_TEST_SQLSERVER (a connection
/// string with rights to create databases). No SQL Server runs here or in CI: see the README for a container.
/// </summary>
public static class SqlServerServer
{
    public const string VariableName = "DANVAN_TEST_SQLSERVER";

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE [{name}]");
        return new SqlConnectionStringBuilder(RequiredAdminConnectionString()) { InitialCatalog = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        SqlConnection.ClearAllPools();
        await ExecuteAsync($"""
            IF DB_ID(N'{name}') IS NOT NULL
            BEGIN
                ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
                DROP DATABASE [{name}];
            END
            """);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqlConnection(
            new SqlConnectionStringBuilder(RequiredAdminConnectionString()) { InitialCatalog = "master" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string RequiredAdminConnectionString() => AdminConnectionString
        ?? throw new InvalidOperationException($"{VariableName} is not set.");
}

/// <summary>
/// A fact that needs the SQL Server named by DANVAN_TEST_SQLSERVER. Skipped without it, on CI too: no SQL Server
/// can run on the CI machine, and the README says so.
/// </summary>
public sealed class RequiresSqlServerFactAttribute : FactAttribute
{
    public RequiresSqlServerFactAttribute()
    {
        if (SqlServerServer.AdminConnectionString is null)
        {
            Skip = $"Set {SqlServerServer.VariableName} to a SQL Server connection string (README: storage tests on SQL Server).";
        }
    }
}
