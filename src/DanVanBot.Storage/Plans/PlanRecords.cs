using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Plans;

namespace DanVanBot.Storage.Plans;

public enum PlanImportOutcome
{
    Created,

    /// <summary>The plan was known and its text changed.</summary>
    Updated,

    /// <summary>The plan was known with the same text; its rows were refreshed from the parse anyway.</summary>
    Unchanged,
}

public sealed record PlanImportResult(Guid PlanId, Guid OrganisationId, PlanImportOutcome Outcome, int ObligationCount, int OccurrenceCount);

/// <summary>
/// One occurrence due in a window, with what a reply or a reminder card needs.
/// <paramref name="DateAssignedByCoordinator"/>: the day was set by the coordinating office, not written in the plan.
/// <paramref name="Cadence"/>: the report cadence the plan gives the duty ("định kỳ hàng quý"), when it gives one.
/// </summary>
public sealed record DueOccurrence(
    Guid OccurrenceId,
    Guid ObligationId,
    Guid PlanId,
    string? PlanNumber,
    string PlanTitle,
    string Description,
    ObligationKind Kind,
    string Label,
    DateOnly DueOn,
    DateOnly? WindowFrom,
    DateOnly? WindowTo,
    string? Recipient,
    string? Via,
    string? Phrase,
    string SectionPath,
    bool DateAssignedByCoordinator,
    IReadOnlyList<string> UnitNames,
    Cadence? Cadence = null);

/// <summary>An occurrence still waiting for the coordinating office to give it a date.</summary>
public sealed record UndatedOccurrence(
    Guid OccurrenceId, Guid PlanId, string PlanTitle, string Description, string Label,
    DateOnly? WindowFrom, DateOnly? WindowTo, IReadOnlyList<string> UnitNames);
