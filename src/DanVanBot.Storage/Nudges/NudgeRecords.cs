namespace DanVanBot.Storage.Nudges;

/// <summary>A reminder to plan. Its key is (occurrence, unit, person, stage); planning it again changes nothing.</summary>
public sealed record NudgeDraft(
    Guid OccurrenceId,
    Guid UnitId,
    Guid PersonId,
    string Stage,
    Guid OrganisationId,
    Guid ObligationId,
    string? TenantId,
    string? AadObjectId,
    string? PersonName,
    DateOnly DueOn,
    DateOnly Day,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string? ServiceUrl,
    string? ConversationId,
    string CardData)
{
    public Guid Id => NudgeIds.For(OccurrenceId, UnitId, PersonId, Stage);
}

public static class NudgeIds
{
    public static Guid For(Guid occurrenceId, Guid unitId, Guid personId, string stage) =>
        NameKey.StableId("nudge", occurrenceId.ToString(), unitId.ToString(), personId.ToString(), stage);
}

/// <summary>A reminder as stored (what a sender, a button press or the delivery view needs).</summary>
public sealed record NudgeRecord(
    Guid Id,
    Guid OccurrenceId,
    Guid UnitId,
    Guid PersonId,
    string Stage,
    Guid OrganisationId,
    Guid ObligationId,
    string? TenantId,
    string? AadObjectId,
    string? PersonName,
    DateOnly DueOn,
    DateOnly Day,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    NudgeState State,
    int Attempts,
    string? ServiceUrl,
    string? ConversationId,
    string? ActivityId,
    NudgeFailure? Failure,
    int? LastStatusCode,
    string? LastError,
    string CardData,
    string? SentBy,
    DateTimeOffset? SentAt,
    DateTimeOffset? AcknowledgedAt,
    bool InDoubt);

/// <summary>What sending one claimed reminder came to.</summary>
/// <summary>One reminder's outcome, recorded at <paramref name="At"/>.</summary>
public sealed record NudgeCompletion(Guid Id, NudgeOutcome Outcome, DateTimeOffset At);

public sealed record NudgeOutcome(
    NudgeState State,
    NudgeFailure? Failure = null,
    int? StatusCode = null,
    string? Error = null,
    string? ServiceUrl = null,
    string? ConversationId = null,
    string? ActivityId = null);

/// <summary>A person the bot could not reach, and why (for "ask them to install the app").</summary>
public sealed record UnreachablePerson(
    string AadObjectId, Guid PersonId, string? PersonName, NudgeFailure Reason, int? StatusCode, DateTimeOffset Since);

public sealed record NudgeMute(Guid PersonId, Guid ObligationId, string? PersonName, string? ObligationDescription, DateTimeOffset MutedAt);
