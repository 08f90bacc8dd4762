using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Where the parts of a document's top stand among the paragraphs before its first section: the title (under the
/// document type, or a công văn's "V/v …" subject), the header paragraphs that hold the number, date and letterhead,
/// the addressees of "Kính gửi:", and where the body begins.
/// </summary>
/// <param name="TitleIndex">The title's paragraph; the paragraph count when there is none.</param>
/// <param name="HeaderEnd">Number, date and letterhead are read from the paragraphs before this one.</param>
/// <param name="BodyStart">The first paragraph of the body (a document without sections has its duties there).</param>
internal sealed record HeaderBlock(int TitleIndex, string Title, int HeaderEnd, int BodyStart, IReadOnlyList<string> Addressees)
{
    private const int AddresseeSearchParagraphs = 25;

    public static HeaderBlock Locate(IReadOnlyList<PlanParagraph> preamble)
    {
        var (titleIndex, title, headerEnd, bodyStart) = TitleOf(preamble);
        if (AddresseesOf(preamble) is not var (kinhGui, names, after)) return new HeaderBlock(titleIndex, title, headerEnd, bodyStart, []);
        // A công văn prints its date line between the subject and "Kính gửi"; the body begins after the addressees.
        if (titleIndex < preamble.Count && DocumentKindReader.IsSubjectLine(preamble[titleIndex].Text)) headerEnd = Math.Max(headerEnd, kinhGui);
        if (kinhGui >= titleIndex) bodyStart = Math.Max(bodyStart, after);
        return new HeaderBlock(titleIndex, title, headerEnd, bodyStart, names);
    }

    private static (int Title, string Text, int HeaderEnd, int BodyStart) TitleOf(IReadOnlyList<PlanParagraph> preamble)
    {
        for (var index = 0; index < preamble.Count; index++)
        {
            if (!DocumentKindReader.IsTypeLine(preamble[index].Text)) continue;
            var title = index + 1 < preamble.Count ? preamble[index + 1].Text : string.Empty;
            return (index + 1, title, index + 1, index + 2);
        }
        for (var index = 0; index < preamble.Count; index++)
        {
            var text = preamble[index].Text;
            // "KẾ HOẠCH Thực hiện công tác…" on one line: the title follows the document type.
            if (text.StartsWith("KẾ HOẠCH ", StringComparison.Ordinal)) return (index, text["KẾ HOẠCH ".Length..].Trim(), index, index + 1);
        }
        for (var index = 0; index < preamble.Count; index++)
        {
            var text = preamble[index].Text;
            if (DocumentKindReader.IsSubjectLine(text)) return (index, DocumentKindReader.SubjectOf(text), index + 1, index + 1);
        }
        return (preamble.Count, string.Empty, preamble.Count, 0);
    }

    /// <summary>"Kính gửi: - Các phòng chuyên môn…; - Trưởng các thôn.": the units, and the paragraph after the list.</summary>
    private static (int Index, IReadOnlyList<string> Names, int After)? AddresseesOf(IReadOnlyList<PlanParagraph> preamble)
    {
        for (var index = 0; index < Math.Min(preamble.Count, AddresseeSearchParagraphs); index++)
        {
            var text = preamble[index].Text;
            if (!VietnameseText.Fold(text).StartsWith("kinh gui", StringComparison.Ordinal)) continue;
            var names = new List<string>();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0) names.AddRange(Names(text[(colon + 1)..]));
            var next = index + 1;
            for (; next < preamble.Count && preamble[next].Kind == ParagraphKind.Bullet; next++) names.AddRange(Names(preamble[next].Text));
            return (index, names, next);
        }
        return null;
    }

    private static IEnumerable<string> Names(string text)
    {
        var trimmed = text.Trim().TrimStart('-', '+', '•').Trim().TrimEnd('.', ';', ',');
        return trimmed.Length == 0 || !UnitNames.LooksLikeUnit(trimmed) && !trimmed.Contains(' ', StringComparison.Ordinal)
            ? []
            : UnitNames.Split(trimmed);
    }
}
