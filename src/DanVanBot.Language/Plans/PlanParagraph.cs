namespace DanVanBot.Language.Plans;

/// <summary>How a paragraph starts: the document structure is read from these markers, never from their values.</summary>
internal enum ParagraphKind
{
    Plain,
    Roman,
    Numbered,
    Lettered,
    Bullet,

    /// <summary>A task table (<see cref="PlanParagraph.Table"/>), standing where it stands in the text.</summary>
    Table,
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

    /// <summary>The table, for a <see cref="ParagraphKind.Table"/> paragraph.</summary>
    public Tables.DocumentTable? Table { get; init; }

    public static PlanParagraph Of(Tables.DocumentTable table) =>
        new(ParagraphKind.Table, string.Empty, string.Join(" | ", table.Columns.Select(c => c.Header)),
            Enumerable.Range(table.FirstLine, table.LastLine - table.FirstLine + 1).ToList())
        { Table = table };
}
