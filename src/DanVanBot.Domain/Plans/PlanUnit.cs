namespace DanVanBot.Domain.Plans;

/// <summary>
/// A unit (đơn vị) the plan gives duties to: an office ("Phòng Nội vụ"), a commune-level post ("Tư pháp - Hộ tịch"),
/// a group of People's Committees ("UBND 10 Phường") or a mass organisation the plan can only request ("Đề nghị…").
/// </summary>
/// <param name="IsGroup">The name stands for several bodies whose names the plan does not list ("Các cơ quan, đơn vị…").</param>
/// <param name="GroupSize">How many bodies the group has when the plan says ("UBND 10 phường" → 10).</param>
/// <param name="IsCoordinator">This unit follows up and consolidates (đầu mối).</param>
/// <param name="IsRequestOnly">The issuer has no authority over it and can only ask ("Đề nghị Ủy ban MTTQ…").</param>
/// <param name="SourceLines">1-based lines of the source text where the unit is introduced.</param>
public sealed record PlanUnit(
    string Name,
    bool IsGroup,
    int? GroupSize,
    bool IsCoordinator,
    bool IsRequestOnly,
    IReadOnlyList<int> SourceLines);
