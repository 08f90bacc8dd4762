using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Domain.Plans;

/// <summary>
/// A Kế hoạch (plan) as read from its document: the header, who takes part, what they must do and by when.
/// Everything keeps a trail back to the source lines so an official can check the bot against the paper.
/// </summary>
/// <param name="Number">"102/KH-UBND-NV"; null when the plan leaves it blank ("Số: /KH-UBND") or has no number line.</param>
/// <param name="Issuer">The People's Committee that issues the plan, e.g. "UBND Quận 7"; null when the text never says.</param>
/// <param name="Locality">The administrative unit the issuer governs, e.g. "Quận 7", "huyện Cầu Ngang".</param>
/// <param name="IssuedOn">Null when the day is left blank ("ngày   tháng 02 năm 2025") or there is no date line.</param>
/// <param name="Title">The title under "KẾ HOẠCH", joined into one line.</param>
/// <param name="Coordinator">The unit that follows up and consolidates reports (the "Nội vụ office" of this plan).</param>
/// <param name="LegalBases">The "Căn cứ…" / "Thực hiện…" paragraphs before the first section.</param>
/// <param name="SourceLines">All lines of the source text, so line numbers elsewhere can be shown in context.</param>
public sealed record ParsedPlan(
    string? Number,
    string? Issuer,
    string? Locality,
    DateOnly? IssuedOn,
    string Title,
    PlanPeriod Period,
    string? Coordinator,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<PlanUnit> Units,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<PlanObligation> Obligations,
    IReadOnlyList<string> SourceLines)
{
    /// <summary>What kind of document this is: obligations from anything but a plan are imported only after confirmation.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Plan;

    /// <summary>The obligations that carry at least one calendar date (deadline or activity window).</summary>
    public IEnumerable<PlanObligation> DatedObligations => Obligations.Where(o => !o.NeedsDate);

    /// <summary>The coordinating unit, when it is one of the plan's listed units.</summary>
    public PlanUnit? CoordinatorUnit => Units.FirstOrDefault(u => u.IsCoordinator);
}
