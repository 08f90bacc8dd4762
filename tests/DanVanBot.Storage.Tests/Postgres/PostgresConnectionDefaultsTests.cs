using Npgsql;

namespace DanVanBot.Storage.Tests.Postgres;

/// <summary>
/// A PostgreSQL connection string without a pool size gets a bounded one, below the server's default 100 connections
/// (a burst of turns made the server refuse connections); a pool size the operator set is kept, in any of its spellings.
/// </summary>
public sealed class PostgresPoolSizeTests
{
    [Fact]
    public void NoPoolSize_GetsTheBoundedDefault()
    {
        var bounded = new NpgsqlConnectionStringBuilder(DanVanContexts.WithBoundedPool("Host=db.example;Database=danvan;Username=danvan"));

        Assert.Equal(DanVanContexts.DefaultPostgresPoolSize, bounded.MaxPoolSize);
        Assert.Equal("db.example", bounded.Host);
        Assert.Equal("danvan", bounded.Database);
    }

    [Theory]
    [InlineData("Host=db.example;Maximum Pool Size=80")]
    [InlineData("Host=db.example;MaxPoolSize=80")]
    public void OperatorsPoolSize_IsKept(string connectionString)
    {
        Assert.Equal(80, new NpgsqlConnectionStringBuilder(DanVanContexts.WithBoundedPool(connectionString)).MaxPoolSize);
    }
}
