using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DanVanBot.Storage.Nudges;

/// <summary>
/// The claim statement in each dialect: one atomic UPDATE that picks due rows, stamps the lease and returns them.
/// Due means pending with <c>NotBeforeMs</c> passed, or claimed under a lease that expired (its instance died).
/// </summary>
internal static class NudgeClaimSql
{
    public static FormattableString For(DatabaseFacade database, string owner, int max, long nowMs, long leaseUntilMs)
    {
        if (database.IsNpgsql()) return Postgres(owner, max, nowMs, leaseUntilMs);
        return database.IsSqlServer() ? SqlServer(owner, max, nowMs, leaseUntilMs) : Sqlite(owner, max, nowMs, leaseUntilMs);
    }

    /// <summary>
    /// SKIP LOCKED: rows another instance is claiming right now are passed over instead of waited for, so two instances
    /// take disjoint batches; the subquery's row locks last until the UPDATE commits.
    /// </summary>
    private static FormattableString Postgres(string owner, int max, long nowMs, long leaseUntilMs) => $"""
        UPDATE "Nudges" AS n
        SET "State" = 'Sending', "LeaseOwner" = {owner}, "LeaseUntilMs" = {leaseUntilMs}, "Attempts" = n."Attempts" + 1
        FROM (
            SELECT "Id" FROM "Nudges"
            WHERE ("State" = 'Pending' AND "NotBeforeMs" <= {nowMs}) OR ("State" = 'Sending' AND "LeaseUntilMs" < {nowMs})
            ORDER BY "NotBeforeMs", "Id"
            LIMIT {max}
            FOR UPDATE SKIP LOCKED) AS c
        WHERE n."Id" = c."Id"
        RETURNING n.*
        """;

    /// <summary>SQLite has one writer at a time, which is the whole lock; RETURNING needs SQLite 3.35+.</summary>
    private static FormattableString Sqlite(string owner, int max, long nowMs, long leaseUntilMs) => $"""
        UPDATE "Nudges"
        SET "State" = 'Sending', "LeaseOwner" = {owner}, "LeaseUntilMs" = {leaseUntilMs}, "Attempts" = "Attempts" + 1
        WHERE "Id" IN (
            SELECT "Id" FROM "Nudges"
            WHERE ("State" = 'Pending' AND "NotBeforeMs" <= {nowMs}) OR ("State" = 'Sending' AND "LeaseUntilMs" < {nowMs})
            ORDER BY "NotBeforeMs", "Id"
            LIMIT {max})
        RETURNING *
        """;

    /// <summary>READPAST skips rows locked by another instance's claim, as SKIP LOCKED does on PostgreSQL.</summary>
    private static FormattableString SqlServer(string owner, int max, long nowMs, long leaseUntilMs) => $"""
        WITH [c] AS (
            SELECT TOP ({max}) * FROM [Nudges] WITH (ROWLOCK, UPDLOCK, READPAST)
            WHERE ([State] = N'Pending' AND [NotBeforeMs] <= {nowMs}) OR ([State] = N'Sending' AND [LeaseUntilMs] < {nowMs})
            ORDER BY [NotBeforeMs], [Id])
        UPDATE [c]
        SET [State] = N'Sending', [LeaseOwner] = {owner}, [LeaseUntilMs] = {leaseUntilMs}, [Attempts] = [Attempts] + 1
        OUTPUT inserted.*;
        """;
}
