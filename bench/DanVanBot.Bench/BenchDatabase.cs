using Microsoft.Data.Sqlite;
using Npgsql;

namespace DanVanBot.Bench;

/// <summary>A throw-away database for one benchmark run: a temp SQLite file, or a new PostgreSQL database dropped afterwards.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? sqliteFile;
    private readonly string? adminConnectionString;
    private readonly string? postgresName;

    private BenchDatabase(string provider, string connectionString, string? sqliteFile, string? adminConnectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.adminConnectionString = adminConnectionString;
        this.postgresName = postgresName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    /// <param name="folder">Where the file goes; the temp folder by default (a real disk: every commit is an fsync).</param>
    public static BenchDatabase CreateSqlite(string? folder = null)
    {
        var file = Path.Combine(folder ?? Path.GetTempPath(), $"danvan-bench-{Guid.NewGuid():N}.db");
        return new BenchDatabase("Sqlite", $"Data Source={file}", file, null, null);
    }

    /// <param name="adminConnectionString">DANVAN_TEST_POSTGRES (.ci/postgres.sh): a role allowed to create databases.</param>
    public static async Task<BenchDatabase> CreatePostgresAsync(string adminConnectionString)
    {
        var name = $"danvan_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        return new BenchDatabase("Postgres", builder.ConnectionString, null, adminConnectionString, name);
    }

    /// <summary>
    /// Runs <paramref name="run"/> on a fresh SQLite file and/or PostgreSQL database (<c>--provider sqlite|postgres|both</c>;
    /// both by default when DANVAN_TEST_POSTGRES is set) and returns the rows it printed, in that order.
    /// </summary>
    public static async Task<List<string>> OnEachProviderAsync(BenchArgs args, Func<BenchDatabase, Task<IReadOnlyList<string>>> run)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(run);
        var postgres = Environment.GetEnvironmentVariable("DANVAN_TEST_POSTGRES");
        var providers = args.Get("provider", string.IsNullOrWhiteSpace(postgres) ? "sqlite" : "both").ToLowerInvariant();
        var rows = new List<string>();
        if (providers is "sqlite" or "both")
        {
            // --sqlite-folder /dev/shm: the file in memory (no disk flush), to tell the disk's share from the engine's.
            await using var database = CreateSqlite(args.Has("sqlite-folder") ? args.Get("sqlite-folder", "") : null);
            rows.AddRange(await run(database));
        }
        if (providers is "postgres" or "both")
        {
            if (string.IsNullOrWhiteSpace(postgres)) throw new InvalidOperationException("Set DANVAN_TEST_POSTGRES (source .ci/postgres.sh).");
            await using var database = await CreatePostgresAsync(postgres);
            rows.AddRange(await run(database));
        }
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                if (File.Exists(path)) File.Delete(path);
            }
        }
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
