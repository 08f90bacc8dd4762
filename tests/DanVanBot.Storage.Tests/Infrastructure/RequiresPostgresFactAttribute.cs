namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// A fact that needs the PostgreSQL server named by DANVAN_TEST_POSTGRES. Without it the test is
/// skipped locally, but never on CI (CI=true): there a missing server must fail the build.
/// </summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (PostgresServer.AdminConnectionString is null && !PostgresServer.IsCi)
        {
            Skip = $"Set {PostgresServer.VariableName} to an Npgsql connection string (source .ci/postgres.sh).";
        }
    }
}
