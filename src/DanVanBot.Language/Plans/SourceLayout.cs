using System.Text.RegularExpressions;
using DanVanBot.Language.Tables;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// What is known about a document's lines before they are read as paragraphs: where its task tables stand, and how
/// far its header block goes. In the header block a line may hold two columns side by side (the letterhead and the
/// national motto, the number and the place-and-date) separated by a tab, a "|" or a run of spaces; each column is
/// read as a line of its own. Outside it, a tab or a run of spaces is just white space.
/// </summary>
internal sealed partial class SourceLayout(IReadOnlyList<DocumentTable> tables, int headerEnd)
{
    private const int HeaderSearchLines = 30;

    private static readonly string[] HeaderEnds =
    [
        "ke hoach", "thong bao", "cong van", "bao cao", "quyet dinh", "chi thi", "huong dan", "to trinh", "chuong trinh",
        "de an", "quy che", "quy dinh", "nghi quyet",
    ];

    public IReadOnlyList<DocumentTable> Tables { get; } = tables;

    /// <summary>Lines before this index are the header block.</summary>
    public int HeaderEnd { get; } = headerEnd;

    public static SourceLayout Of(IReadOnlyList<string> lines, IReadOnlyList<string> cleanLines) =>
        new(TextTableFinder.Find(lines), FindHeaderEnd(cleanLines));

    /// <summary>The columns of a header line laid out side by side, cleaned; null for any other line.</summary>
    public IReadOnlyList<string>? HeaderColumns(int index, string raw)
    {
        if (index >= HeaderEnd) return null;
        var columns = ColumnGap().Split(raw).Select(PlanParagraphReader.CleanLine).Where(c => c.Length > 0).ToList();
        return columns.Count > 1 ? columns : null;
    }

    // The document type under the letterhead ("KẾ HOẠCH", "THÔNG BÁO"), or a công văn's "Kính gửi:".
    private static int FindHeaderEnd(IReadOnlyList<string> cleanLines)
    {
        for (var index = 0; index < Math.Min(cleanLines.Count, HeaderSearchLines); index++)
        {
            var folded = VietnameseText.Fold(cleanLines[index]);
            if (HeaderEnds.Contains(folded) || folded.StartsWith("kinh gui", StringComparison.Ordinal))
                return index;
        }
        return 0;
    }

    [GeneratedRegex(@"\t|\||\u00A0{2,}| {3,}")]
    private static partial Regex ColumnGap();
}
