using System.Data.Common;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DanVanBot.Storage.Tests.Postgres;

/// <summary>
/// PostgreSQL runs with the same retrying execution strategy as SQL Server, so the plan import's transaction is
/// proven replayable here: a transient fault at commit makes the strategy run the whole import again.
/// </summary>
public sealed class PostgresResilienceTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public async Task UpsertPlanAsync_TransientFaultAtCommit_WholeImportReplayedAndStoredOnce()
    {
        var migrated = await host.CreateDatabaseAsync();
        await migrated.MigrateAsync();
        var fault = new FirstCommitFails();
        await using var database = TestDatabase.Create(StorageProvider.Postgres, migrated.ConnectionString,
            configureServices: services => services.ConfigureDbContext<PostgresDanVanDbContext>(o => o.AddInterceptors(fault)));

        var result = await database.Get<IPlanStore>().UpsertPlanAsync(SamplePlans.District7());

        Assert.Equal(2, fault.Commits);
        Assert.Equal(PlanImportOutcome.Created, result.Outcome);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Plans.CountAsync());
        var year = new DateWindow(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        var due = await database.Get<IPlanStore>().FindDueAsync(result.OrganisationId, year);
        Assert.Equal(due.Count, due.Select(d => d.OccurrenceId).Distinct().Count());
        Assert.Contains(due, d => d.DueOn == new DateOnly(2022, 4, 30));
    }

    /// <summary>The first commit fails as a dropped connection would (a transient NpgsqlException); later ones pass.</summary>
    private sealed class FirstCommitFails : DbTransactionInterceptor
    {
        private int commits;

        public int Commits => commits;

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref commits) == 1)
            {
                throw new NpgsqlException("Simulated: connection dropped at commit", new TimeoutException());
            }

            return base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
        }
    }
}
