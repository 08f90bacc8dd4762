using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>What a Roman-numbered section is for, recognised from its heading words.</summary>
internal enum SectionKind
{
    Aims,
    Tasks,
    Implementation,

    /// <summary>A "PHỤ LỤC" after the signature (or a table standing there): rows of duties, read like the tasks.</summary>
    Appendix,
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
internal sealed partial record PlanOutline(
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
        var signed = false;
        foreach (var paragraph in paragraphs)
        {
            var folded = VietnameseText.Fold(paragraph.Text);
            // After "Nơi nhận" come the recipients and the signature; an appendix may follow them.
            if (paragraph.Kind == ParagraphKind.Plain && folded.StartsWith("noi nhan", StringComparison.Ordinal)) signed = true;
            if (StartsAppendix(paragraph, folded, afterBody: signed || closing.Count > 0, inBody: section is not null))
            {
                section = new OutlineSection(AppendixHeading(paragraph, folded, sections), SectionKind.Appendix);
                sections.Add(section);
                item = subItem = null;
                signed = false;
                if (paragraph.Kind == ParagraphKind.Table) section.Body.Add(paragraph);
                continue;
            }
            if (signed) continue;
            if (section?.Kind != SectionKind.Appendix && (closing.Count > 0 || (section is not null && IsClosing(paragraph, folded))))
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

    /// <summary>
    /// "PHỤ LỤC", "PHỤ LỤC II", "Phụ lục 01" on a line of its own, once the body has begun; after the closing or the
    /// signature, a table alone starts one too (a table inside a section belongs to that section).
    /// </summary>
    private static bool StartsAppendix(PlanParagraph paragraph, string folded, bool afterBody, bool inBody) =>
        paragraph.Kind == ParagraphKind.Table
            ? afterBody
            : (afterBody || inBody) && paragraph.Kind is ParagraphKind.Plain or ParagraphKind.Roman && AppendixHeading().IsMatch(folded);

    /// <summary>The appendix's label: "PL", "PL.II" (its own numeral when it has one); a table alone continues no heading.</summary>
    private static PlanParagraph AppendixHeading(PlanParagraph paragraph, string folded, List<OutlineSection> sections)
    {
        var numeral = AppendixHeading().Match(folded).Groups["n"].Value.ToUpperInvariant();
        var label = numeral.Length > 0 ? $"PL.{numeral}" : sections.Count(s => s.Kind == SectionKind.Appendix) is var n and > 0 ? $"PL{n + 1}" : "PL";
        return paragraph with { Kind = ParagraphKind.Plain, Label = label };
    }

    public OutlineSection? Implementation => Sections.LastOrDefault(s => s.Kind == SectionKind.Implementation);

    [GeneratedRegex(@"^phu luc(?: (?:so )?(?<n>[ivx]{1,4}|\d{1,2}))?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex AppendixHeading();

    private static bool IsClosing(PlanParagraph paragraph, string folded) =>
        paragraph.Kind == ParagraphKind.Plain && folded.StartsWith("tren day", StringComparison.Ordinal);

    private static SectionKind KindOf(string foldedHeading)
    {
        if (foldedHeading.Contains("to chuc thuc hien", StringComparison.Ordinal)) return SectionKind.Implementation;
        if (foldedHeading.StartsWith("muc dich", StringComparison.Ordinal)) return SectionKind.Aims;
        return SectionKind.Tasks;
    }
}
