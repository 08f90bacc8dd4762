namespace DanVanBot.Language.Plans;

/// <summary>How a paragraph starts: the document structure is read from these markers, never from their values.</summary>
internal enum ParagraphKind
{
    Plain,
    Roman,
    Numbered,
    Lettered,
    Bullet,
}

/// <summary>
/// One logical paragraph: source lines joined back together where a page break or a line wrap split them.
/// <paramref name="Label"/> is the printed marker ("III", "2", "a", "-", "+"); <paramref name="Text"/> what follows it.
/// </summary>
internal sealed record PlanParagraph(ParagraphKind Kind, string Label, string Text, IReadOnlyList<int> Lines)
{
    /// <summary>Length of the last source line joined in: a page break cuts a full-width line.</summary>
    public int LastLineLength { get; init; } = Text.Length;

    public bool EndsWithColon => Text.EndsWith(':');
}
