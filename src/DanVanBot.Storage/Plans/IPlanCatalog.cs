namespace DanVanBot.Storage.Plans;

/// <summary>The stored plans as a list to search ("tìm kế hoạch 102", "kế hoạch năm 2025").</summary>
public interface IPlanCatalog
{
    /// <summary>Every stored plan with its organisation, without the source text, by organisation then title.</summary>
    Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken cancellationToken = default);
}

/// <summary>A plan as a search result. The period is in years, both ends included.</summary>
public sealed record PlanSummary(
    Guid PlanId,
    Guid OrganisationId,
    string OrganisationName,
    string? Number,
    string Title,
    DateOnly? IssuedOn,
    int PeriodFromYear,
    int PeriodToYear,
    string? CoordinatorName);
