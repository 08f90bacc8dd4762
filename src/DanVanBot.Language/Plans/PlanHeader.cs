using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Plans;

/// <summary>What the top of a document says about itself, before any section.</summary>
internal sealed record PlanHeader(
    string? Number,
    string? Issuer,
    string? Locality,
    DateOnly? IssuedOn,
    string Title,
    PlanPeriod Period,
    IReadOnlyList<string> LegalBases)
{
    /// <summary>The paragraphs before the body: letterhead, number, date, document type, title, addressees.</summary>
    public IReadOnlyList<string> HeaderLines { get; init; } = [];

    /// <summary>The first paragraph of the body among the paragraphs before the first section.</summary>
    public int BodyStart { get; init; }

    /// <summary>"Kính gửi:": the units a công văn is addressed to.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];
}
