using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// A document whose title names a part of a year ("Lịch tiếp công dân … 6 tháng đầu năm 2026", "… quý III/2026",
/// "… tháng 9/2026", "… từ tháng 7 đến tháng 12 năm 2026") sets its recurring duties for that part only: "vào ngày 15 hằng tháng" there means January to
/// June, not the whole year. Occurrences of monthly, quarterly and yearly rules outside the span are dropped; an
/// obligation none of whose occurrences falls inside keeps them all (the title then is not about that duty).
/// </summary>
internal static partial class TitleSpan
{
    public static IReadOnlyList<PlanObligation> Apply(IReadOnlyList<PlanObligation> obligations, string title)
    {
        if (Read(VietnameseText.Fold(title)) is not var (from, to)) return obligations;
        return [.. obligations.Select(o => o.Rule is MonthlyDeadline or QuarterlyDeadline or YearlyDeadline or WeekdayDeadline ? Within(o, from, to) : o)];
    }

    private static PlanObligation Within(PlanObligation obligation, DateOnly from, DateOnly to)
    {
        var inside = obligation.Occurrences.Where(o => o.LastDay is { } day && day >= from && day <= to).ToList();
        return inside.Count == 0 ? obligation : obligation with { Occurrences = inside };
    }

    private static (DateOnly From, DateOnly To)? Read(string folded)
    {
        if (HalfYear().Match(folded) is { Success: true } half)
        {
            var year = Int(half.Groups["y"].Value);
            return half.Groups["half"].Value == "dau" ? (new(year, 1, 1), new(year, 6, 30)) : (new(year, 7, 1), new(year, 12, 31));
        }
        if (Quarter().Match(folded) is { Success: true } quarter)
        {
            var number = Array.IndexOf(["i", "ii", "iii", "iv"], quarter.Groups["q"].Value) is var roman and >= 0 ? roman + 1 : Int(quarter.Groups["q"].Value);
            var first = new DateOnly(Int(quarter.Groups["y"].Value), 3 * number - 2, 1);
            return (first, first.AddMonths(3).AddDays(-1));
        }
        // "từ tháng 7 đến tháng 12 năm 2026", "tháng 7 - 12/2026": a run of months, before a single month takes its last.
        if (MonthRange().Match(folded) is { Success: true } range
            && Int(range.Groups["a"].Value) is var a and >= 1 and <= 12 && Int(range.Groups["b"].Value) is var b && b >= a && b <= 12)
        {
            var year = Int(range.Groups["y"].Value);
            return (new DateOnly(year, a, 1), new DateOnly(year, b, 1).AddMonths(1).AddDays(-1));
        }
        if (Month().Match(folded) is { Success: true } month && Int(month.Groups["m"].Value) is var m and >= 1 and <= 12)
        {
            var first = new DateOnly(Int(month.Groups["y"].Value), m, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }
        return null;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:6|06|sau) thang (?<half>dau|cuoi) nam (?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"\bquy (?<q>iv|iii|ii|i|[1-4])(?: ?/ ?| nam )(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:tu )?thang (?<a>\d{1,2}) ?(?:den|-|–) ?(?:het )?(?:thang )?(?<b>\d{1,2})(?: ?/ ?| nam )(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"(?<!\d )\bthang (?<m>\d{1,2})(?: ?/ ?| nam )(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Month();
}
