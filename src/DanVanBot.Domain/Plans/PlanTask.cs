namespace DanVanBot.Domain.Plans;

/// <summary>
/// A numbered task or target of the plan. <paramref name="SectionPath"/> uses the numbers printed in the document
/// ("II.3", "III.2.a"), because that is how officials refer to them even when the numbering is out of order.
/// </summary>
public sealed record PlanTask(string SectionPath, string Text, IReadOnlyList<int> SourceLines);
