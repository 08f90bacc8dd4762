namespace DanVanBot.Language.Plans;

/// <summary>
/// Paragraphs that state duties, with the units they belong to (empty when each sentence names its own subject)
/// and the place in the plan they come from.
/// </summary>
internal sealed record DutyScope(string SectionPath, IReadOnlyList<string> Units, IReadOnlyList<PlanParagraph> Paragraphs, bool IsImplementation)
{
    /// <summary>Who owes a duty whose sentence names nobody: a công văn's addressees ("Kính gửi: …").</summary>
    public IReadOnlyList<string> FallbackUnits { get; init; } = [];

    /// <summary>Table rows take their own number into the path (in an appendix the rows are the only structure).</summary>
    public bool NumbersTableRows { get; init; }
}
