using DanVanBot.Domain.Nudges;

namespace DanVanBot.App.Features.Nudges.Planning;

/// <summary>One owing unit of an occurrence and whether it has reported.</summary>
internal sealed record NudgeUnit(Guid UnitId, string UnitName, bool Reported);

/// <summary>An occurrence as reminders need it: what, when, from which plan, and who owes it.</summary>
internal sealed record NudgeOccurrence(
    Guid OccurrenceId,
    Guid ObligationId,
    string? PlanNumber,
    string PlanTitle,
    string Description,
    string SectionPath,
    string Label,
    NudgeTarget Target,
    IReadOnlyList<NudgeUnit> Units);

/// <summary>The occurrences of an organisation due in a window, with each owing unit's report status.</summary>
internal interface INudgeFeed
{
    Task<IReadOnlyList<NudgeOccurrence>> DueAsync(Guid organisationId, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>The people reminders go to in a unit: those who report for it and its head(s).</summary>
internal sealed record NudgeRecipient(Guid UnitId, Guid PersonId, string? AadObjectId, string? Name, bool IsHead, string? TenantId = null);

internal interface INudgeRoster
{
    Task<IReadOnlyList<NudgeRecipient>> RecipientsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);
}
