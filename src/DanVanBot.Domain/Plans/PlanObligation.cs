using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Domain.Plans;

/// <summary>Whether a duty produces a report to send or an activity to carry out.</summary>
public enum ObligationKind
{
    Report,
    Activity,
}

/// <summary>
/// Something units must deliver: a report or an activity, with its deadline phrase as written and what it means
/// on the calendar. A duty with a cadence but no date ("định kỳ hàng quý, 6 tháng, năm") has
/// <paramref name="NeedsDate"/> set: the coordinating office must fix its deadlines.
/// </summary>
/// <param name="Units">Names of the units that owe it (as the plan names them).</param>
/// <param name="Recipient">Who receives it, e.g. "UBND Quận"; null when the plan does not say.</param>
/// <param name="Via">The office it goes through ("(qua Phòng Nội vụ)" → "Phòng Nội vụ"), or null.</param>
/// <param name="Phrase">The deadline phrase verbatim ("Trước ngày 01/5/2022"); null for an undated duty.</param>
/// <param name="Rule">The parsed rule; a <see cref="CadenceOnly"/> rule for undated periodic duties; null when nothing is known.</param>
/// <param name="Occurrences">The rule laid out over the plan period.</param>
/// <param name="Cadence">The reporting cadence(s) named with the duty; <see cref="Deadlines.Cadence.None"/> for "định kỳ" without one; null when not periodic.</param>
/// <param name="SectionPath">Where it stands in the plan ("III.2", "II.4").</param>
/// <param name="SourceLines">1-based line numbers in the source text.</param>
public sealed record PlanObligation(
    string Description,
    ObligationKind Kind,
    IReadOnlyList<string> Units,
    string? Recipient,
    string? Via,
    string? Phrase,
    DeadlineRule? Rule,
    IReadOnlyList<Occurrence> Occurrences,
    Cadence? Cadence,
    bool NeedsDate,
    string SectionPath,
    IReadOnlyList<int> SourceLines)
{
    /// <summary>Units that help the owing units ("Cơ quan phối hợp" in a table), as the document names them.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>What the duty delivers when the document says ("Sản phẩm": "Báo cáo", "Kế hoạch"), or null.</summary>
    public string? Product { get; init; }

    /// <summary>The last allowed days, in date order (empty for an undated duty).</summary>
    public IReadOnlyList<DateOnly> DueDates =>
        NeedsDate ? [] : Occurrences.Where(o => o.LastDay is not null).Select(o => o.LastDay!.Value).Order().ToList();
}
