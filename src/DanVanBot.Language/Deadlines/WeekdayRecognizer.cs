using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A weekday that recurs, as citizen-reception and briefing schedules set them: "vào thứ Năm hằng tuần", "thứ 5 hàng
/// tuần", "thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng", "thứ Sáu tuần cuối cùng của tháng". The weeks of the
/// month are the weekday's first, second… occurrence in it ("tuần thứ hai" → the second Thursday), the last for "cuối".
/// </summary>
internal static partial class WeekdayRecognizer
{
    private const string Weekday = @"(?:thu (?<wd>hai|ba|tu|nam|sau|bay|[2-7])|(?<sun>chu nhat))";
    private const string Week = @"tuan (?:thu )?(?<n>nhat|dau tien|dau|hai|ba|tu|cuoi cung|cuoi|[1-4])";

    [GeneratedRegex($@"\b(?:cac ngay |ngay )?{Weekday} (?:hang|moi|cac) tuan\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryWeek();

    [GeneratedRegex(
        $@"\b(?:ngay )?{Weekday},? (?:cua )?{Week}(?:,? (?:va )?(?:{Week}|(?:thu )?(?<n>hai|ba|tu|[1-4])))*,? (?:cua )?(?:(?:hang|moi|cac) thang|thang)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex WeeksOfEveryMonth();

    public static IEnumerable<Candidate> Find(string folded)
    {
        foreach (Match match in WeeksOfEveryMonth().Matches(folded))
        {
            var weeks = match.Groups["n"].Captures.Select(c => WeekNumber(c.Value)).Where(n => n != 0).Distinct().ToList();
            if (weeks.Count > 0) yield return new Candidate(new WeekdayDeadline(DayOf(match), weeks), match.Index, match.Index + match.Length);
        }
        foreach (Match match in EveryWeek().Matches(folded))
            yield return new Candidate(new WeekdayDeadline(DayOf(match), []), match.Index, match.Index + match.Length);
    }

    private static DayOfWeek DayOf(Match match) => match.Groups["sun"].Success ? DayOfWeek.Sunday : match.Groups["wd"].Value switch
    {
        "hai" or "2" => DayOfWeek.Monday,
        "ba" or "3" => DayOfWeek.Tuesday,
        "tu" or "4" => DayOfWeek.Wednesday,
        "nam" or "5" => DayOfWeek.Thursday,
        "sau" or "6" => DayOfWeek.Friday,
        _ => DayOfWeek.Saturday,
    };

    private static int WeekNumber(string word) => word switch
    {
        "nhat" or "dau" or "dau tien" or "1" => 1,
        "hai" or "2" => 2,
        "ba" or "3" => 3,
        "tu" or "4" => 4,
        "cuoi" or "cuoi cung" => -1,
        _ => 0,
    };
}
