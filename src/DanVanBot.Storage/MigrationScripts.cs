using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVanBot.Storage;

/// <summary>A migration name or id that the provider's migrations do not hold.</summary>
public sealed class UnknownMigrationException(string nameOrId, IReadOnlyList<string> known)
    : Exception($"No migration '{nameOrId}'. Known: {string.Join(", ", known)}.")
{
    public string NameOrId { get; } = nameOrId;

    public IReadOnlyList<string> Known { get; } = known;
}

/// <summary>
/// The SQL a DBA applies by hand: what <c>dotnet ef migrations script</c> prints, for any provider, without a
/// database or the EF tools.
/// </summary>
public static class MigrationScripts
{
    /// <param name="from">The last migration the database already has (name or id); null or "0" for an empty database.</param>
    /// <param name="to">The migration to stop at (name or id, included); null for the latest.</param>
    /// <param name="idempotent">Each migration checks the history table first, so the script can run on a database at any step.</param>
    public static string Generate(StorageProvider provider, string? from, string? to, bool idempotent)
    {
        using var db = DanVanContexts.CreateWithoutDatabase(provider);
        var migrations = db.GetService<IMigrationsAssembly>();
        var fromId = from is null || from == Migration.InitialDatabase ? Migration.InitialDatabase : Resolve(db, migrations, from);
        var toId = to is null ? null : Resolve(db, migrations, to);
        var options = idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default;
        return db.GetService<IMigrator>().GenerateScript(fromId, toId, options);
    }

    private static string Resolve(DanVanDbContext db, IMigrationsAssembly migrations, string nameOrId) =>
        migrations.FindMigrationId(nameOrId) ?? throw new UnknownMigrationException(nameOrId, db.Database.GetMigrations().ToList());
}
