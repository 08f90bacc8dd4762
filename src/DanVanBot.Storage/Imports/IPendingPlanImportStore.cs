namespace DanVanBot.Storage.Imports;

/// <summary>Plan documents awaiting confirmation, keyed by the import id the preview card carries.</summary>
public interface IPendingPlanImportStore
{
    Task<PendingPlanImport> AddAsync(
        string fileName, byte[] content, string? requestedByAadObjectId, CancellationToken cancellationToken = default);

    Task<PendingPlanImport?> FindAsync(Guid importId, CancellationToken cancellationToken = default);

    /// <summary>Discards the pending import; false when it was already published, cancelled or never existed.</summary>
    Task<bool> RemoveAsync(Guid importId, CancellationToken cancellationToken = default);
}

/// <summary>A plan sent in chat and previewed, not yet published. <paramref name="Content"/>: what the app keeps for it (the previewed parse).</summary>
public sealed record PendingPlanImport(
    Guid ImportId, string FileName, byte[] Content, string? RequestedByAadObjectId, DateTimeOffset CreatedAt);
