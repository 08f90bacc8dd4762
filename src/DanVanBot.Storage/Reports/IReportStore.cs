namespace DanVanBot.Storage.Reports;

public interface IReportStore
{
    /// <summary>Records (or replaces) the unit's report for the occurrence; at most one per pair, even under races.</summary>
    Task<UnitReportStatus> SubmitAsync(ReportSubmission submission, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every unit that owes the occurrence, with its report status. A group unit whose members an
    /// administrator has filled in is replaced by its members; a group without members stands for itself.
    /// </summary>
    Task<IReadOnlyList<UnitReportStatus>> GetStatusAsync(Guid occurrenceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One unit's standing for many occurrences at once (an answer card lists several): for each occurrence the unit
    /// owes, directly or through the group it belongs to, whether the unit itself has submitted. Occurrences it does not
    /// owe are absent. Two queries whatever the count, where <see cref="GetStatusAsync"/> reads every owing unit.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, bool>> GetSubmittedByUnitAsync(
        Guid unitId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken = default);
}
