namespace DanVanBot.Storage.Nudges;

/// <summary>
/// Whom reminders must not be sent to: people the Connector refused (403 blocked / not installed, 404 gone) until
/// they re-engage with the bot, and obligations a person muted.
/// </summary>
public interface INudgeReachability
{
    Task MarkUnreachableAsync(UnreachablePerson person, Guid organisationId, string? conversationId, CancellationToken cancellationToken = default);

    /// <summary>The person installed the app again or wrote to the bot: reminders may try again. False when not marked.</summary>
    Task<bool> ClearAsync(string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>The marked ones among <paramref name="aadObjectIds"/>.</summary>
    Task<IReadOnlyDictionary<string, UnreachablePerson>> FindUnreachableAsync(
        IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnreachablePerson>> ListUnreachableAsync(Guid organisationId, CancellationToken cancellationToken = default);

    /// <summary>Records the mute (again: unchanged).</summary>
    Task MuteAsync(Guid organisationId, NudgeMute mute, CancellationToken cancellationToken = default);

    /// <summary>Removes the mute ("Bật lại nhắc"); false when there was none. Reminders already cancelled stay cancelled.</summary>
    Task<bool> UnmuteAsync(Guid personId, Guid obligationId, CancellationToken cancellationToken = default);

    /// <summary>The (person, obligation) pairs muted among those people.</summary>
    Task<IReadOnlySet<(Guid PersonId, Guid ObligationId)>> FindMutedAsync(
        IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<NudgeMute>> ListMutesAsync(Guid organisationId, CancellationToken cancellationToken = default);
}
