namespace DanVanBot.Storage.Roster;

/// <summary>
/// The whole roster held in memory, so that resolving the sender of a turn costs a dictionary lookup instead of three
/// queries. Off until the bot's host activates it (command-line tools and tests that do not, read the database as
/// before). While active, <see cref="IRosterStore.FindByAadObjectIdAsync"/> answers from a copy read at most
/// <see cref="StorageOptions.RosterSnapshotRefresh"/> ago, and every roster change this process makes is seen at
/// once; a change made by another instance or by the command line is seen within that refresh interval.
/// </summary>
public interface IRosterSnapshot
{
    /// <summary>Turns the snapshot on and starts reading it in the background; lookups use the database until it is read.</summary>
    void Activate();

    /// <summary>Turns the snapshot on and reads it now (tests, benchmarks, a host that wants it before the first turn).</summary>
    Task WarmAsync(CancellationToken cancellationToken = default);
}
