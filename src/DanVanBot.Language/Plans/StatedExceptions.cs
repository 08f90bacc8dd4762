using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Exceptions a document states to its own monthly reporting: "Riêng báo cáo tháng 12 không thực hiện riêng mà lồng
/// ghép vào báo cáo năm" removes December's monthly report, which the monthly rule would otherwise lay out.
/// </summary>
internal static partial class StatedExceptions
{
    public static List<PlanObligation> Apply(IReadOnlyList<PlanObligation> obligations, IReadOnlyList<PlanParagraph> paragraphs)
    {
        var months = new HashSet<int>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Table is not null || !paragraph.Text.Contains("tháng", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (Match match in SkippedMonthlyReport().Matches(VietnameseText.Fold(paragraph.Text)))
                if (int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12) months.Add(month);
        }
        if (months.Count == 0) return [.. obligations];
        return [.. obligations.Select(o => o.Rule is MonthlyDeadline && o.Kind == ObligationKind.Report
            ? o with { Occurrences = [.. o.Occurrences.Where(occurrence => occurrence.LastDay is not { } day || !months.Contains(day.Month))] }
            : o)];
    }

    // "báo cáo tháng 12 không thực hiện (riêng)", "báo cáo tháng 12 … lồng ghép / tích hợp vào báo cáo năm"
    [GeneratedRegex(@"\bbao cao (?:dinh ky )?thang (?<m>\d{1,2})\b(?:(?! bao cao )[^.;]){0,40}?\b(?:khong (?:thuc hien|phai|gui|lam)|long ghep|tich hop|gop chung)", RegexOptions.CultureInvariant)]
    private static partial Regex SkippedMonthlyReport();
}
