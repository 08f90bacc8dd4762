using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Sqlite;
using DanVanBot.Storage.SqlServer;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVanBot.Storage;

// What `dotnet ef` uses to build each provider's model (tools/add-migration, migrations script). Adding a
// migration or writing a script opens no connection; the connection strings below name databases that are not
// meant to exist, so `migrations remove --force` finds none and only deletes files. Point `database update` at a
// real database with --connection. No retries here: a check against a missing server should fail at once.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDanVanDbContext>
{
    public SqliteDanVanDbContext CreateDbContext(string[] args) => (SqliteDanVanDbContext)DanVanContexts.Create(
        StorageProvider.Sqlite, "Data Source=danvanbot-design-time.db", retryOnFailure: false);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDanVanDbContext>
{
    public PostgresDanVanDbContext CreateDbContext(string[] args) => (PostgresDanVanDbContext)DanVanContexts.Create(
        StorageProvider.Postgres, "Host=localhost;Database=danvanbot_design_time;Timeout=3", retryOnFailure: false);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDanVanDbContext>
{
    public SqlServerDanVanDbContext CreateDbContext(string[] args) => (SqlServerDanVanDbContext)DanVanContexts.Create(
        StorageProvider.SqlServer,
        "Server=localhost;Database=danvanbot_design_time;Integrated Security=true;TrustServerCertificate=true;Connect Timeout=3",
        retryOnFailure: false);
}
