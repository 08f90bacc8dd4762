using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Plans;

/// <summary>What the top of a plan says about itself, before any section.</summary>
internal sealed record PlanHeader(
    string? Number,
    string? Issuer,
    string? Locality,
    DateOnly? IssuedOn,
    string Title,
    PlanPeriod Period,
    IReadOnlyList<string> LegalBases);
