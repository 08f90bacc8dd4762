namespace DanVanBot.Storage.Imports;

/// <summary>
/// Plans awaiting confirmation, keyed by the import id the preview card carries. Each lives
/// <see cref="PendingPlanImports.Lifetime"/>, and a user has at most <see cref="PendingPlanImports.MaxPerUser"/>:
/// previews nobody publishes must not fill the database.
/// </summary>
public interface IPendingPlanImportStore
{
    /// <summary>Keeps an import; null when the user already has <see cref="PendingPlanImports.MaxPerUser"/> live ones.</summary>
    Task<PendingPlanImport?> AddAsync(
        string fileName, byte[] content, string? requestedByAadObjectId, CancellationToken cancellationToken = default);

    /// <summary>The user's live imports (kept, neither published, cancelled nor expired).</summary>
    Task<int> CountLiveAsync(string? requestedByAadObjectId, CancellationToken cancellationToken = default);

    /// <summary>Null when never kept, already published or cancelled, or older than <see cref="PendingPlanImports.Lifetime"/>.</summary>
    Task<PendingPlanImport?> FindAsync(Guid importId, CancellationToken cancellationToken = default);

    /// <summary>Discards the pending import; false when it was already published, cancelled or never existed.</summary>
    Task<bool> RemoveAsync(Guid importId, CancellationToken cancellationToken = default);
}

public static class PendingPlanImports
{
    /// <summary>How long a preview can still be published.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Live (unpublished, uncancelled, unexpired) imports one user may have.</summary>
    public const int MaxPerUser = 3;
}

/// <summary>A plan sent in chat and previewed, not yet published. <paramref name="Content"/>: what the app keeps for it (the previewed parse).</summary>
public sealed record PendingPlanImport(
    Guid ImportId, string FileName, byte[] Content, string? RequestedByAadObjectId, DateTimeOffset CreatedAt);
