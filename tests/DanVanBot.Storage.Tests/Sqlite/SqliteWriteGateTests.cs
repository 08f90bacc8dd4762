using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Sqlite;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Sqlite;

/// <summary>
/// Every kind of write to a SQLite file waits for the file's write gate while another writer holds it (a
/// transaction, a SaveChanges of its own, a single statement), and proceeds when it is let go. Without the gate
/// these writes met SQLite's busy lock, where Microsoft.Data.Sqlite sleeps 150 ms a try; with it, a hundred
/// concurrent writers all land.
/// </summary>
public sealed class SqliteWriteGateTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public async Task Statement_WhileTheGateIsHeld_WaitsForIt()
    {
        await using var database = await MigratedAsync();
        await using var db = database.CreateContext();

        await AssertWaitsForTheGateAsync(database, () => db.Organisations.Where(o => o.Name == "Xã A").ExecuteDeleteAsync(),
            expectedBefore: 1, expectedAfter: 0, seed: true);
    }

    [Fact]
    public async Task SaveChanges_WhileTheGateIsHeld_WaitsForIt()
    {
        await using var database = await MigratedAsync();
        await using var db = database.CreateContext();
        db.Organisations.Add(Organisation("Xã A"));

        await AssertWaitsForTheGateAsync(database, () => db.SaveChangesAsync(), expectedBefore: 0, expectedAfter: 1);
    }

    [Fact]
    public async Task Transaction_WhileTheGateIsHeld_WaitsForIt()
    {
        await using var database = await MigratedAsync();
        await using var db = database.CreateContext();

        await AssertWaitsForTheGateAsync(database, () => ResilientTransaction.RunAsync(db, async token =>
        {
            db.Organisations.Add(Organisation("Xã A"));
            db.Organisations.Add(Organisation("Xã B"));
            return await db.SaveChangesAsync(token);
        }, CancellationToken.None), expectedBefore: 0, expectedAfter: 2);
    }

    [Fact]
    public async Task HundredConcurrentWriters_OfEveryKind_AllLand()
    {
        await using var database = await MigratedAsync();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            switch (i % 3)
            {
                case 0:
                    db.Organisations.Add(Organisation($"Xã {i}"));
                    await db.SaveChangesAsync();
                    break;
                case 1:
                    await ResilientTransaction.RunAsync(db, async token =>
                    {
                        db.Organisations.Add(Organisation($"Xã {i}"));
                        return await db.SaveChangesAsync(token);
                    }, CancellationToken.None);
                    break;
                default:
                    await db.Database.ExecuteSqlAsync(
                        $"INSERT INTO Organisations (Id, Name, NormalizedName, CreatedAt) VALUES ({Guid.NewGuid()}, {"Xã " + i}, {"xa " + i}, {DateTimeOffset.UtcNow})");
                    break;
            }
        })));

        await using var check = database.CreateContext();
        Assert.Equal(100, await check.Organisations.CountAsync());
    }

    /// <summary>
    /// Holds the database's gate, starts <paramref name="write"/>, waits (on the gate's own count, not a clock) until
    /// it queues, sees nothing written, lets go, and sees the write land.
    /// </summary>
    private static async Task AssertWaitsForTheGateAsync(TestDatabase database, Func<Task> write, int expectedBefore, int expectedAfter, bool seed = false)
    {
        var file = SqliteWriteGate.DatabaseFile(database.ConnectionString)!;
        if (seed)
        {
            await using var seeding = database.CreateContext();
            seeding.Organisations.Add(Organisation("Xã A"));
            await seeding.SaveChangesAsync();
        }

        var lease = await SqliteWriteGate.EnterAsync(file, CancellationToken.None);
        Task writing;
        try
        {
            writing = Task.Run(write);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (SqliteWriteGate.Waiting(file) == 0)
            {
                Assert.False(writing.IsCompleted, "The write ended without waiting for the gate.");
                await Task.Delay(1, timeout.Token);
            }
            Assert.Equal(expectedBefore, await CountAsync(database));
        }
        finally
        {
            lease.Dispose();
        }
        await writing;
        Assert.Equal(expectedAfter, await CountAsync(database));
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.CountAsync();
    }

    private async Task<TestDatabase> MigratedAsync()
    {
        var database = await host.CreateDatabaseAsync();
        await database.MigrateAsync();
        return database;
    }

    private static OrganisationEntity Organisation(string name) =>
        new() { Id = Guid.NewGuid(), Name = name, NormalizedName = name.ToLowerInvariant(), CreatedAt = DateTimeOffset.UtcNow };
}
