namespace DanVanBot.Language.Plans;

/// <summary>
/// Paragraphs that state duties, with the units they belong to (empty when each sentence names its own subject)
/// and the place in the plan they come from.
/// </summary>
internal sealed record DutyScope(string SectionPath, IReadOnlyList<string> Units, IReadOnlyList<PlanParagraph> Paragraphs, bool IsImplementation);
