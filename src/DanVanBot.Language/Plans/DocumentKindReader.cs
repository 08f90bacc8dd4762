using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Tells what kind of document a text is from its header block, the way a clerk does: the document type printed
/// under the letterhead ("KẾ HOẠCH", "THÔNG BÁO", "BÁO CÁO"…); failing that, the type code in its number
/// ("33/KH-UBND" a plan, "41/TB-UBND" a notice, "04/UBND-VP" with no type code a công văn) or a "V/v …" subject
/// line (only công văn have one); failing that, a news item when the text has no letterhead but reports a document
/// being issued.
/// </summary>
internal static partial class DocumentKindReader
{
    private static readonly Dictionary<string, DocumentKind> TypeLines = new(StringComparer.Ordinal)
    {
        ["ke hoach"] = DocumentKind.Plan,
        ["thong bao"] = DocumentKind.Notice,
        ["cong van"] = DocumentKind.OfficialLetter,
    };

    private static readonly string[] OtherTypeLines =
    [
        "bao cao", "quyet dinh", "chi thi", "huong dan", "to trinh", "chuong trinh", "de an", "quy che", "quy dinh",
        "nghi quyet", "thong tu", "nghi dinh", "bien ban", "giay moi", "ket luan", "cong dien",
    ];

    // Type codes of the number ("Số: 33/KH-UBND"): a number without one belongs to a công văn.
    private static readonly Dictionary<string, DocumentKind> TypeCodes = new(StringComparer.Ordinal)
    {
        ["KH"] = DocumentKind.Plan,
        ["TB"] = DocumentKind.Notice,
        ["BC"] = DocumentKind.Other, ["QĐ"] = DocumentKind.Other, ["QD"] = DocumentKind.Other, ["CT"] = DocumentKind.Other,
        ["HD"] = DocumentKind.Other, ["TTR"] = DocumentKind.Other, ["NQ"] = DocumentKind.Other, ["TT"] = DocumentKind.Other,
        ["QC"] = DocumentKind.Other, ["CTR"] = DocumentKind.Other, ["ĐA"] = DocumentKind.Other, ["DA"] = DocumentKind.Other,
        ["BB"] = DocumentKind.Other, ["GM"] = DocumentKind.Other, ["KL"] = DocumentKind.Other, ["NĐ"] = DocumentKind.Other,
        ["CĐ"] = DocumentKind.Other,
    };

    /// <summary>The kind of the document whose header block (the text before its body) is <paramref name="header"/>.</summary>
    public static DocumentKind Read(IReadOnlyList<string> header, string? number)
    {
        foreach (var line in header)
        {
            var folded = VietnameseText.Fold(line).TrimEnd(':', '.');
            if (TypeLines.TryGetValue(folded, out var kind)) return kind;
            if (OtherTypeLines.Contains(folded)) return DocumentKind.Other;
            if (line.StartsWith("KẾ HOẠCH ", StringComparison.Ordinal)) return DocumentKind.Plan;
        }
        if (number is not null && NumberCode().Match(number) is { Success: true } code)
            return TypeCodes.GetValueOrDefault(code.Groups["code"].Value.ToUpperInvariant(), DocumentKind.OfficialLetter);
        return header.Any(IsSubjectLine) ? DocumentKind.OfficialLetter : DocumentKind.Other;
    }

    /// <summary>A line that is only a document type: "KẾ HOẠCH", "THÔNG BÁO", "BÁO CÁO"…</summary>
    public static bool IsTypeLine(string line)
    {
        var folded = VietnameseText.Fold(line).TrimEnd(':', '.');
        return TypeLines.ContainsKey(folded) || OtherTypeLines.Contains(folded);
    }

    /// <summary>"V/v góp ý dự thảo…": the subject line of a công văn.</summary>
    public static bool IsSubjectLine(string line) => SubjectLine().IsMatch(line);

    /// <summary>The subject after "V/v".</summary>
    public static string SubjectOf(string line) => SubjectLine().Replace(line, string.Empty).Trim();

    [GeneratedRegex(@"^\d+[a-zA-Z]?/(?:\d{4}/)?(?<code>[A-ZĐa-zđ]{1,4})(?:-|$)")]
    private static partial Regex NumberCode();

    [GeneratedRegex(@"^\s*(?i:v/v|về\s+việc)\s*:?\s*")]
    private static partial Regex SubjectLine();
}
