using System.Data.Common;
using Npgsql;

namespace DanVanBot.Storage.Postgres;

/// <summary>
/// What DanVanBot sets on a PostgreSQL connection string that does not set it itself. An operator's own value, in any
/// of Npgsql's spellings, always wins.
/// </summary>
public static class PostgresConnectionDefaults
{
    /// <summary>
    /// Connections per instance. Npgsql's own default (100) is PostgreSQL's whole default <c>max_connections</c>, so a
    /// burst of turns made the server refuse connections ("remaining connection slots are reserved") and those turns
    /// failed; with a smaller pool they wait their turn.
    /// </summary>
    public const int PoolSize = 30;

    /// <summary>
    /// Statements each connection keeps prepared on the server once Npgsql has seen them a few times (its
    /// <c>Max Auto Prepare</c>; off by default). EF Core sends the same few statements on every turn, and a perf
    /// profile of the report benchmark (2026-12-02) found the server spending half its CPU parsing and planning them
    /// again; prepared, a lone submission turn went from 11–12 ms to 6–8 ms. Behind PgBouncer in transaction mode set
    /// <c>Max Auto Prepare=0</c> unless it keeps prepared statements (PgBouncer 1.21+, <c>max_prepared_statements</c>).
    /// </summary>
    public const int AutoPreparedStatements = 50;

    public static string Apply(string connectionString)
    {
        var written = WrittenKeys(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Overlaps(["MAXPOOLSIZE", "MAXIMUMPOOLSIZE"])) builder.MaxPoolSize = PoolSize;
        if (!written.Contains("MAXAUTOPREPARE")) builder.MaxAutoPrepare = AutoPreparedStatements;
        return builder.ConnectionString;
    }

    /// <summary>The keys as written, spaces dropped and upper-cased (Npgsql's own builder reports every keyword it knows as present).</summary>
    private static HashSet<string> WrittenKeys(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())
            .ToHashSet();
}
