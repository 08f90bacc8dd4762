using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Activities planned for a quarter: "tổ chức kiểm tra trong quý III/2025", "thực hiện trong quý 3 năm 2025",
/// "tổ chức hội nghị quý I/2026"; and "hoàn thành trước quý III/2025", a deadline at the end of the quarter before.
/// The quarter must follow an activity verb (kiểm tra, tổ chức, thực hiện…) of the same clause: "kết quả quý I/2025"
/// in a cited report, "số liệu tính đến hết quý II" or "Trong quý I/2025, UBND đã tổ chức…" are not deadlines.
/// A quarter without a year takes the plan's year, and is skipped in a multi-year plan.
/// </summary>
internal static partial class QuarterWindowRecognizer
{
    // Words that turn the quarter into a period of data or of results rather than the time of the activity.
    private const string Blocked = @"(?:den|het|tu|ket qua|so lieu|bao cao|tinh|sau|trong|vao|truoc|nam|quy (?:iv|iii|ii|i|\d))";

    [GeneratedRegex(
        @"(?<!\b(?:ket qua|tinh hinh) )\b(?:kiem tra|to chuc|thuc hien|trien khai|tien hanh|hoan thanh|du kien)" +
        $@"(?: (?!{Blocked}\b){GrammarPieces.FillerWord}){{0,6}}? " +
        @"(?<phrase>(?:(?:trong thoi gian|trong|vao|(?<before>truoc)) )?" +
        @"quy (?<q>iv|iii|ii|i|[1-4])\b(?: ?[/.\-] ?(?<y>\d{4})|,? nam (?<y>\d{4}))?)(?![/.\-]?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPhrase();

    // "số 12/BC-UBND": a cited document; a quarter in the same stretch of text (no comma since) belongs to it.
    [GeneratedRegex(@"\bso \d+ ?/", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(",")]
    private static partial Regex Comma();

    public static IEnumerable<Candidate> Find(FoldedText text, PlanPeriod period)
    {
        foreach (Match match in QuarterPhrase().Matches(text.Value))
        {
            var phrase = match.Groups["phrase"];
            if (InsideCitation(text, match.Index)) continue;
            var quarter = Quarter(match.Groups["q"].Value);
            int year;
            if (match.Groups["y"].Success) year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            else if (period.IsSingleYear) year = period.FromYear;
            else continue;
            if (year is < 1900 or > 2200) continue;

            DeadlineRule rule = match.Groups["before"].Success
                ? new OneOffDeadline(new DateOnly(year, quarter * 3 - 2, 1).AddDays(-1))
                : new QuarterWindow(year, quarter);
            yield return new Candidate(rule, phrase.Index, phrase.Index + phrase.Length);
        }
    }

    private static int Quarter(string numeral) => numeral switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    /// <summary>A document number stands between the clause's start (or its last comma) and the verb.</summary>
    private static bool InsideCitation(FoldedText text, int verbStart)
    {
        var clauseStart = text.Clauses.StartOf(verbStart);
        var stretchStart = Math.Max(clauseStart, text.Matches(Comma()).LastStartBefore(verbStart) + 1);
        return text.Matches(DocumentNumber()).AnyWithin(stretchStart, verbStart);
    }
}
