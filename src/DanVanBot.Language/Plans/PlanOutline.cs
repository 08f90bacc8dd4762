using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>What a Roman-numbered section is for, recognised from its heading words.</summary>
internal enum SectionKind
{
    Aims,
    Tasks,
    Implementation,
}

/// <summary>A numbered or lettered item with its text paragraphs and lettered sub-items.</summary>
internal sealed class OutlineItem(string path, PlanParagraph heading)
{
    public string Path { get; } = path;
    public PlanParagraph Heading { get; } = heading;
    public List<PlanParagraph> Body { get; } = [];
    public List<OutlineItem> Children { get; } = [];

    public IEnumerable<int> AllLines =>
        Heading.Lines.Concat(Body.SelectMany(p => p.Lines)).Concat(Children.SelectMany(c => c.AllLines));
}

/// <summary>A Roman-numbered section: paragraphs before its first item, then its items in document order.</summary>
internal sealed class OutlineSection(PlanParagraph heading, SectionKind kind)
{
    public string Label => Heading.Label;
    public PlanParagraph Heading { get; } = heading;
    public SectionKind Kind { get; } = kind;
    public List<PlanParagraph> Body { get; } = [];
    public List<OutlineItem> Items { get; } = [];
}

/// <summary>
/// The plan's skeleton: the preamble (header, title, legal bases), the Roman sections and the closing
/// ("Trên đây là Kế hoạch…"). Items are taken in document order whatever their printed numbers, because
/// real plans skip and repeat numbers.
/// </summary>
internal sealed record PlanOutline(
    IReadOnlyList<PlanParagraph> Preamble,
    IReadOnlyList<OutlineSection> Sections,
    IReadOnlyList<PlanParagraph> Closing)
{
    public static PlanOutline Build(IReadOnlyList<PlanParagraph> paragraphs)
    {
        var preamble = new List<PlanParagraph>();
        var sections = new List<OutlineSection>();
        var closing = new List<PlanParagraph>();
        OutlineSection? section = null;
        OutlineItem? item = null;
        OutlineItem? subItem = null;
        foreach (var paragraph in paragraphs)
        {
            var folded = VietnameseText.Fold(paragraph.Text);
            if (paragraph.Kind == ParagraphKind.Plain && folded.StartsWith("noi nhan", StringComparison.Ordinal)) break;
            if (closing.Count > 0 || (section is not null && IsClosing(paragraph, folded)))
            {
                closing.Add(paragraph);
                continue;
            }
            switch (paragraph.Kind)
            {
                case ParagraphKind.Roman:
                    section = new OutlineSection(paragraph, KindOf(folded));
                    sections.Add(section);
                    item = subItem = null;
                    break;
                case ParagraphKind.Numbered when section is not null:
                    item = new OutlineItem($"{section.Label}.{paragraph.Label}", paragraph);
                    section.Items.Add(item);
                    subItem = null;
                    break;
                case ParagraphKind.Lettered when section is not null:
                    subItem = new OutlineItem($"{item?.Path ?? section.Label}.{paragraph.Label}", paragraph);
                    if (item is null) section.Items.Add(subItem);
                    else item.Children.Add(subItem);
                    break;
                default:
                    if (section is null) preamble.Add(paragraph);
                    else (subItem?.Body ?? item?.Body ?? section.Body).Add(paragraph);
                    break;
            }
        }
        return new PlanOutline(preamble, sections, closing);
    }

    public OutlineSection? Implementation => Sections.LastOrDefault(s => s.Kind == SectionKind.Implementation);

    private static bool IsClosing(PlanParagraph paragraph, string folded) =>
        paragraph.Kind == ParagraphKind.Plain && folded.StartsWith("tren day", StringComparison.Ordinal);

    private static SectionKind KindOf(string foldedHeading)
    {
        if (foldedHeading.Contains("to chuc thuc hien", StringComparison.Ordinal)) return SectionKind.Implementation;
        if (foldedHeading.StartsWith("muc dich", StringComparison.Ordinal)) return SectionKind.Aims;
        return SectionKind.Tasks;
    }
}
