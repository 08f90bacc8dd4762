using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Sqlite;
using DanVanBot.Storage.SqlServer;
using Microsoft.EntityFrameworkCore.Design;

namespace DanVanBot.Storage;

// What `dotnet ef` uses to build each provider's model (tools/add-migration, migrations script). Adding a migration
// or writing a script opens no connection, and the databases these contexts name are not meant to exist, so
// `migrations remove --force` finds none and only deletes files. Point `database update` at a real database with
// --connection.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDanVanDbContext>
{
    public SqliteDanVanDbContext CreateDbContext(string[] args) =>
        (SqliteDanVanDbContext)DanVanContexts.CreateWithoutDatabase(StorageProvider.Sqlite);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDanVanDbContext>
{
    public PostgresDanVanDbContext CreateDbContext(string[] args) =>
        (PostgresDanVanDbContext)DanVanContexts.CreateWithoutDatabase(StorageProvider.Postgres);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDanVanDbContext>
{
    public SqlServerDanVanDbContext CreateDbContext(string[] args) =>
        (SqlServerDanVanDbContext)DanVanContexts.CreateWithoutDatabase(StorageProvider.SqlServer);
}
