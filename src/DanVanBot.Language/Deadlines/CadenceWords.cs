using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>Reads the cadence flags out of a match of <see cref="GrammarPieces.CadenceItem"/> or <see cref="GrammarPieces.CadenceList"/>.</summary>
internal static partial class CadenceWords
{
    public static Cadence FromGroups(Match match)
    {
        var cadence = Cadence.None;
        if (match.Groups["month"].Success) cadence |= Cadence.Monthly;
        if (match.Groups["quarter"].Success) cadence |= Cadence.Quarterly;
        if (match.Groups["six"].Success) cadence |= Cadence.SixMonthly;
        if (match.Groups["nine"].Success) cadence |= Cadence.NineMonthly;
        if (match.Groups["year"].Success) cadence |= Cadence.Yearly;
        return cadence;
    }

    [GeneratedRegex(
        $@"\b{GrammarPieces.CadenceItem}[\s:,(\-]*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ItemRightBefore();

    /// <summary>
    /// The report a deadline belongs to when its name stands right before the deadline phrase:
    /// "Báo cáo 6 tháng: Trước ngày…", "06 tháng (trước ngày…)", "báo cáo năm trước ngày…".
    /// </summary>
    public static Cadence? RightBefore(string folded, int phraseStart)
    {
        var from = Math.Max(0, phraseStart - 40);
        var match = ItemRightBefore().Match(folded[from..phraseStart]);
        if (!match.Success) return null;
        var cadence = FromGroups(match);
        return cadence == Cadence.None ? null : cadence;
    }
}
