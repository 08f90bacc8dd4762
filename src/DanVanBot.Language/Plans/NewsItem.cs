using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Tells a news item from an administrative document: it has neither a letterhead nor a number line nor sections,
/// and it reports a document being issued (see <see cref="NewsHeaderReader"/>).
/// </summary>
internal static class NewsItem
{
    private const int LetterheadSearchParagraphs = 15;

    public static NewsHeader? Read(PlanOutline outline, IReadOnlyList<string> cleanLines)
    {
        if (outline.Sections.Count > 0 || HasLetterhead(outline.Preamble)) return null;
        return NewsHeaderReader.Read(cleanLines);
    }

    private static bool HasLetterhead(IReadOnlyList<PlanParagraph> preamble) =>
        preamble.Take(LetterheadSearchParagraphs).Any(p =>
        {
            var folded = VietnameseText.Fold(p.Text);
            return folded.StartsWith("so:", StringComparison.Ordinal) || folded.StartsWith("so :", StringComparison.Ordinal)
                || folded.StartsWith("cong hoa xa hoi chu nghia", StringComparison.Ordinal)
                || folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal);
        });
}
