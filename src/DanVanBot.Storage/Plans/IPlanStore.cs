using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Time;

namespace DanVanBot.Storage.Plans;

/// <summary>Imported plans and the occurrences reminders and reports hang on.</summary>
public interface IPlanStore
{
    /// <summary>
    /// Stores a parsed plan, or refreshes it when the same plan (same natural key) was imported before.
    /// Ids of organisations, units, obligations and occurrences are stable across re-imports; duties the new
    /// parse no longer contains are retired, never deleted, so submitted reports keep their target.
    /// </summary>
    /// <param name="organisationName">Defaults to the plan's issuer, then its locality.</param>
    Task<PlanImportResult> UpsertPlanAsync(
        ParsedPlan plan, string? organisationName = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Occurrences whose last day falls in <paramref name="window"/> (both ends included), in date order.
    /// With <paramref name="unitId"/>, only what that unit owes, directly or through the group it belongs to.
    /// </summary>
    Task<IReadOnlyList<DueOccurrence>> FindDueAsync(
        Guid organisationId, DateWindow window, Guid? unitId = null, CancellationToken cancellationToken = default);

    /// <summary>Occurrences with no day yet ("định kỳ" without a date): the coordinating office's to-do list.</summary>
    Task<IReadOnlyList<UndatedOccurrence>> FindUndatedAsync(Guid organisationId, CancellationToken cancellationToken = default);

    /// <summary>Sets (or with null clears) the day the coordinating office chose; false if the occurrence is unknown.</summary>
    Task<bool> AssignDueDateAsync(Guid occurrenceId, DateOnly? lastDay, CancellationToken cancellationToken = default);
}
