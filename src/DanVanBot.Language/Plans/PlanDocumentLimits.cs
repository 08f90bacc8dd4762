namespace DanVanBot.Language.Plans;

/// <summary>
/// How much of a document the reader will look at. Real plans are 20–40 KB of text in a few hundred paragraphs;
/// each limit leaves a margin of ten times or more, and keeps a hostile file (a zip bomb, a billion-character text
/// node, millions of empty paragraphs, thousands of nested elements) from taking the bot's memory or time.
/// Past any of them the document is refused with <see cref="PlanTooLargeException"/>.
/// </summary>
public sealed record PlanDocumentLimits
{
    public static PlanDocumentLimits Default { get; } = new();

    /// <summary>Files in the .docx package (Word writes 10–30, a few more with images).</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>Uncompressed size of any one file in the package, checked while decompressing.</summary>
    public long MaxPartBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Uncompressed size of all files of the package together.</summary>
    public long MaxTotalBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>XML elements in one part that is loaded (document, numbering, styles): each becomes an object.</summary>
    public int MaxElements { get; init; } = 400_000;

    /// <summary>How deeply elements may nest (tables in tables, text boxes); Word documents stay under 30.</summary>
    public int MaxDepth { get; init; } = 128;

    public int MaxParagraphs { get; init; } = 20_000;

    public int MaxTableCells { get; init; } = 20_000;

    /// <summary>Characters of text read from the document (a .docx's text runs, a .txt file).</summary>
    public int MaxTextCharacters { get; init; } = 500_000;
}
