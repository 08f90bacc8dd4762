using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

/// <summary>
/// A group of outcomes as one PostgreSQL statement: the values travel as arrays and <c>unnest</c> lines them up, so a
/// group of any size is one round trip and one commit, fenced per row exactly as a single completion is (the row is
/// still Sending and still this owner's). Returns the ids it recorded.
/// </summary>
internal static class NudgeCompletionSql
{
    public static Task<List<Guid>> PostgresAsync(
        DanVanDbContext db, IReadOnlyList<NudgeCompletion> completions, string owner, CancellationToken cancellationToken)
    {
        var ids = completions.Select(c => c.Id).ToArray();
        var states = completions.Select(c => c.Outcome.State.ToString()).ToArray();
        var failures = completions.Select(c => c.Outcome.Failure?.ToString()).ToArray();
        var statuses = completions.Select(c => c.Outcome.StatusCode).ToArray();
        var errors = completions.Select(c => c.Outcome.Error).ToArray();
        var serviceUrls = completions.Select(c => c.Outcome.ServiceUrl).ToArray();
        var conversations = completions.Select(c => c.Outcome.ConversationId).ToArray();
        var activities = completions.Select(c => c.Outcome.ActivityId).ToArray();
        var delivered = completions.Select(c => c.Outcome.State == NudgeState.Delivered).ToArray();
        var at = completions.Select(c => c.At.ToUniversalTime()).ToArray();
        return db.Database.SqlQuery<Guid>($"""
            UPDATE "Nudges" AS n
            SET "State" = v.state, "Failure" = v.failure, "LastStatusCode" = v.status, "LastError" = v.error,
                "ServiceUrl" = COALESCE(v.service_url, n."ServiceUrl"),
                "ConversationId" = COALESCE(v.conversation_id, n."ConversationId"),
                "ActivityId" = v.activity_id,
                "SentBy" = CASE WHEN v.delivered THEN {owner} ELSE n."SentBy" END,
                "SentAt" = CASE WHEN v.delivered THEN v.at ELSE n."SentAt" END,
                "UpdatedAt" = v.at
            FROM unnest({ids}::uuid[], {states}::text[], {failures}::text[], {statuses}::integer[], {errors}::text[],
                        {serviceUrls}::text[], {conversations}::text[], {activities}::text[], {delivered}::boolean[],
                        {at}::timestamp with time zone[])
                AS v(id, state, failure, status, error, service_url, conversation_id, activity_id, delivered, at)
            WHERE n."Id" = v.id AND n."LeaseOwner" = {owner} AND n."State" = 'Sending'
            RETURNING n."Id" AS "Value"
            """).ToListAsync(cancellationToken);
    }
}
