namespace DanVanBot.Storage.Nudges;

/// <summary>Where a planned reminder stands.</summary>
public enum NudgeState
{
    /// <summary>Planned; goes out once <c>NotBefore</c> has passed (and before <c>NotAfter</c>).</summary>
    Pending,

    /// <summary>Claimed by an instance under a lease; back to claimable when the lease expires (the instance died).</summary>
    Sending,

    /// <summary>The Connector accepted the message (Teams answered 2xx with its id).</summary>
    Delivered,

    /// <summary>The person pressed "Đã nhận".</summary>
    Acknowledged,

    /// <summary>Could not be delivered; <c>Failure</c> says why. Never retried.</summary>
    Failed,

    /// <summary>Not out before the end of working hours of its day: dropped rather than sent in the evening.</summary>
    Expired,

    /// <summary>Not sent: the unit reported first, or the person muted the obligation.</summary>
    Cancelled,
}

/// <summary>Why a reminder did not reach its person (the coordinators' delivery view names it).</summary>
public enum NudgeFailure
{
    BlockedByUser,
    NotInstalled,
    ConversationGone,
    UnknownUser,
    DisabledByAdmin,
    Throttled,
    TooLarge,
    Failed,
    UnitReported,
    Muted,
}

/// <summary>
/// One planned reminder: the outbox row. Unique per (occurrence, unit, person, stage), so a reminder can be planned
/// any number of times (two instances, a restart, a manual "nhắc") and still exist, and be sent, once. The queue
/// columns are Unix milliseconds: every provider compares and orders them natively in the claim statements.
/// </summary>
internal sealed class NudgeEntity
{
    public Guid Id { get; set; }
    public Guid OccurrenceId { get; set; }
    public Guid UnitId { get; set; }
    public Guid PersonId { get; set; }
    public required string Stage { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ObligationId { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? PersonName { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly Day { get; set; }
    public long NotBeforeMs { get; set; }
    public long NotAfterMs { get; set; }
    public NudgeState State { get; set; }
    public int Attempts { get; set; }
    public string? LeaseOwner { get; set; }
    public long LeaseUntilMs { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public NudgeFailure? Failure { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }

    /// <summary>The reminder card's data as JSON, fixed at planning so sending needs no other table.</summary>
    public required string CardData { get; set; }

    /// <summary>The instance that delivered it (the two-instance test checks both did work).</summary>
    public string? SentBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
}

/// <summary>A person the bot cannot reach (403/404 from the Connector, or no way to address them) until they re-engage.</summary>
internal sealed class NudgeUnreachableEntity
{
    public required string AadObjectId { get; set; }
    public Guid PersonId { get; set; }
    public string? PersonName { get; set; }
    public Guid OrganisationId { get; set; }
    public NudgeFailure Reason { get; set; }
    public int? StatusCode { get; set; }
    public string? ConversationId { get; set; }
    public DateTimeOffset Since { get; set; }
}

/// <summary>A person who asked not to be reminded of one obligation any more; coordinators see the list.</summary>
internal sealed class NudgeMuteEntity
{
    public Guid PersonId { get; set; }
    public Guid ObligationId { get; set; }
    public Guid OrganisationId { get; set; }
    public string? PersonName { get; set; }
    public string? ObligationDescription { get; set; }
    public DateTimeOffset MutedAt { get; set; }
}

/// <summary>
/// A job that must run once across every instance (one day's reminder planning, the sample-plan import): claimed by
/// inserting its key; the claim is a lease, so a job whose instance died is taken over once it expires.
/// </summary>
internal sealed class JobRunEntity
{
    public required string Key { get; set; }
    public required string Owner { get; set; }
    public long LeaseUntilMs { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
