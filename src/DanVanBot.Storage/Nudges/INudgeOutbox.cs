namespace DanVanBot.Storage.Nudges;

/// <summary>
/// The reminders' outbox. Several instances may share it: <see cref="ClaimAsync"/> hands each pending reminder to one
/// instance at a time under an expiring lease (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; SQL Server: <c>READPAST</c>;
/// SQLite serves one instance), and every completion is fenced by that lease, so a reminder is delivered once.
/// </summary>
public interface INudgeOutbox
{
    /// <summary>Stores the drafts that are not stored yet; returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyCollection<NudgeDraft> drafts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> reminders due at <paramref name="now"/> (pending, or claimed by an instance
    /// whose lease expired), oldest first. Reminders past their <c>NotAfter</c> become <see cref="NudgeState.Expired"/> first.
    /// </summary>
    Task<IReadOnlyList<NudgeRecord>> ClaimAsync(
        string owner, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome, if <paramref name="owner"/> still holds the claim; false when it does not.</summary>
    Task<bool> CompleteAsync(Guid id, string owner, NudgeOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// True where results are best recorded together with <see cref="CompleteManyAsync"/>: SQLite, where every commit
    /// waits for the disk (measured 4.8–7.6× a commit each), and PostgreSQL, where a group is one statement. False for
    /// SQL Server, where a group would be a statement per row in one transaction (never measured here).
    /// </summary>
    bool PrefersGroupedCompletions { get; }

    /// <summary>
    /// Records several outcomes of <paramref name="owner"/> in one transaction, each fenced as <see cref="CompleteAsync"/>
    /// is: one commit for many reminders, where a commit each made the results the limit of the sending rate. Returns the
    /// ids whose claim was still held (recorded); the others were taken over by another instance.
    /// </summary>
    Task<IReadOnlySet<Guid>> CompleteManyAsync(
        IReadOnlyList<NudgeCompletion> completions, string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the claim to <paramref name="now"/> + <paramref name="lease"/>, if <paramref name="owner"/> still holds it;
    /// false when another instance has taken it over (the lease had expired). A sender renews a claim it has held for a
    /// while right before calling Teams, so a slow batch is never sent twice by two instances.
    /// </summary>
    Task<bool> RenewAsync(Guid id, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed reminder back to the queue until <paramref name="notBefore"/> (429 Retry-After).</summary>
    Task<bool> RescheduleAsync(
        Guid id, string owner, DateTimeOffset notBefore, NudgeFailure reason, int? statusCode, string? error,
        DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>When the next reminder becomes claimable (pending ones, and expiring leases); null when none wait.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default);

    Task<NudgeRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The recipient pressed "Đã nhận" (only the recipient: <paramref name="aadObjectId"/> must match).</summary>
    Task<NudgeRecord?> AcknowledgeAsync(Guid id, string aadObjectId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// The unit reported: its pending reminders for the occurrence are cancelled; returns those already delivered
    /// (to update their cards to "đã nộp").
    /// </summary>
    Task<IReadOnlyList<NudgeRecord>> SettleForReportAsync(
        Guid occurrenceId, Guid unitId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Pending reminders of the person for the obligation are cancelled (muted).</summary>
    Task<int> CancelForMuteAsync(Guid personId, Guid obligationId, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<NudgeState, int>> CountByStateAsync(Guid? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>The organisation's reminders whose day lies in [<paramref name="from"/>, <paramref name="to"/>], counted by state.</summary>
    Task<IReadOnlyDictionary<NudgeState, int>> CountByStateAsync(
        Guid organisationId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> of the organisation's failed reminders in the period, newest day first.</summary>
    Task<IReadOnlyList<NudgeRecord>> ListFailedAsync(
        Guid organisationId, DateOnly from, DateOnly to, int max, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Reminders of the organisation whose day lies in [<paramref name="from"/>, <paramref name="to"/>], newest day first.</summary>
    Task<IReadOnlyList<NudgeRecord>> ListAsync(
        Guid organisationId, DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken cancellationToken = default);
}
