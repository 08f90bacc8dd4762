namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/plan-preview.json</c>: an imported plan awaiting "Xuất bản" or "Hủy". <see cref="KindNotice"/>
/// asks for confirmation when the document is not a plan.
/// </summary>
public sealed record PlanPreviewCardData(
    string ImportId,
    string Number,
    string Issuer,
    string Title,
    IReadOnlyList<PlanObligationPreview> Obligations,
    IReadOnlyList<string> Units,
    string? IssuedDateText = null,
    string? Period = null,
    string? Coordinator = null,
    string? KindNotice = null);

/// <summary>An obligation of the plan; without <see cref="DueText"/> it is flagged "Chưa có hạn — cần đầu mối ấn định".</summary>
public sealed record PlanObligationPreview(string Description, string? DueText = null, string? Section = null, string? UnitsText = null);
