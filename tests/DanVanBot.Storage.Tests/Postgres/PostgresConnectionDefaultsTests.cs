using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DanVanBot.Storage.Tests.Postgres;

/// <summary>
/// A PostgreSQL connection string gets a bounded pool (a burst of turns made the server refuse connections) and
/// server-prepared statements (the server spent half its CPU parsing and planning the same statements), unless the
/// operator set either, in any of its spellings.
/// </summary>
public sealed class PostgresConnectionDefaultsTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [Fact]
    public void NothingSet_GetsBothDefaults()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db.example;Database=danvan;Username=danvan"));

        Assert.Equal(PostgresConnectionDefaults.PoolSize, applied.MaxPoolSize);
        Assert.Equal(PostgresConnectionDefaults.AutoPreparedStatements, applied.MaxAutoPrepare);
        Assert.Equal("db.example", applied.Host);
        Assert.Equal("danvan", applied.Database);
    }

    [Theory]
    [InlineData("Host=db.example;Maximum Pool Size=80")]
    [InlineData("Host=db.example;MaxPoolSize=80")]
    public void OperatorsPoolSize_IsKept(string connectionString)
    {
        Assert.Equal(80, new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString)).MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0")]
    [InlineData("Host=db.example;MaxAutoPrepare=0")]
    public void OperatorsAutoPrepare_IsKept_EvenOff(string connectionString)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        Assert.Equal(0, applied.MaxAutoPrepare);
        Assert.Equal(PostgresConnectionDefaults.PoolSize, applied.MaxPoolSize);
    }

    /// <summary>Through the app's own context configuration, a query the bot repeats ends up prepared on the server.</summary>
    [RequiresPostgresFact]
    public async Task RepeatedQuery_IsPreparedOnTheServer()
    {
        var database = await host.CreateDatabaseAsync();
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var unitId = Guid.NewGuid();

        for (var i = 0; i < 6; i++) await db.Nudges.AsNoTracking().Where(n => n.UnitId == unitId).ToListAsync();

        var prepared = await db.Database
            .SqlQueryRaw<string>("""SELECT statement AS "Value" FROM pg_prepared_statements""")
            .ToListAsync();
        Assert.Contains(prepared, statement => statement.Contains("\"Nudges\"", StringComparison.Ordinal));
    }
}
