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
}
