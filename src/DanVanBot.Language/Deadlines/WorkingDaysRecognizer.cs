using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Time limits counted in working days: "trước 5 ngày làm việc", "trước ngày tổ chức hội nghị 05 (năm) ngày làm việc",
/// "chậm nhất 03 ngày làm việc trước ngày họp", "trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản".
/// The event they count from is kept verbatim as the anchor ("" when the plan does not name it).
/// </summary>
internal static partial class WorkingDaysRecognizer
{
    private const string Count =
        @"(?:(?<n>\d{1,2})(?: ?\([a-z ]+\))?|(?<w>mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi))";
    private const string Lead = @"(?:(?:cham nhat|muon nhat|it nhat|toi thieu)(?: la)? )?";
    private const string EventWords = $@"(?:ngay|khi|thoi diem|thoi han)(?: {GrammarPieces.FillerWord}){{1,8}}?";

    [GeneratedRegex(
        $@"\b{Lead}truoc (?<anchor>{EventWords}) {Count} ngay lam viec\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BeforeNamedEvent();

    [GeneratedRegex(
        $@"\b{Lead}{Count} ngay lam viec truoc (?<anchor>(?:ngay|khi|thoi diem)(?: (?!(?:de|va|gui|cho|nham|theo|tai)\b){GrammarPieces.FillerWord}){{1,6}})",
        RegexOptions.CultureInvariant)]
    private static partial Regex BeforeEventAfter();

    [GeneratedRegex(
        $@"\b{Lead}truoc {Count} ngay lam viec\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    [GeneratedRegex(
        $@"\b(?:trong vong|trong thoi han|trong|khong qua|(?:cham|muon) nhat(?: la)?(?: sau)?|sau) {Count} ngay lam viec\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Within();

    // What a bare limit counts from, when the text right after says it. Anchored ("\G") where the limit ends; the
    // anchor is cut to AnchorMaxLength anyway, so the run after the keyword need not be read to the sentence's end.
    [GeneratedRegex(
        @"\G ?,? ?(?:(?:ke tu|tinh tu|truoc|sau|tu|so voi) [^,.;()]{1,120})",
        RegexOptions.CultureInvariant)]
    private static partial Regex FollowingAnchor();

    private const int AnchorMaxLength = 100;

    private static readonly string[] NumberWords = ["", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"];

    public static IEnumerable<Candidate> Find(FoldedText text)
    {
        var folded = text.Value;
        foreach (Match m in BeforeNamedEvent().Matches(folded))
            yield return Make(m, days => new WorkingDaysBefore(days, Verbatim(text, m.Groups["anchor"])));
        foreach (Match m in BeforeEventAfter().Matches(folded))
            yield return Make(m, days => new WorkingDaysBefore(days, Verbatim(text, m.Groups["anchor"])));
        foreach (Match m in Before().Matches(folded))
            yield return Make(m, days => new WorkingDaysBefore(days, AnchorAfter(text, m)));
        foreach (Match m in Within().Matches(folded))
            yield return Make(m, days => new WorkingDaysWithin(days, AnchorAfter(text, m)));
    }

    private static Candidate Make(Match match, Func<int, DeadlineRule> rule) =>
        new(rule(Days(match)), match.Index, match.Index + match.Length);

    private static int Days(Match match) => match.Groups["n"].Success
        ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)
        : Array.IndexOf(NumberWords, match.Groups["w"].Value);

    private static string AnchorAfter(FoldedText text, Match match)
    {
        var end = match.Index + match.Length;
        var anchor = FollowingAnchor().Match(text.Value, end);
        if (!anchor.Success) return "";
        var from = anchor.Index;
        while (from < text.Value.Length && text.Value[from] is ' ' or ',') from++;
        var to = Math.Min(anchor.Index + anchor.Length, from + AnchorMaxLength);
        while (to > from && text.Value[to - 1] == ' ') to--;
        return to > from ? text.OriginalText(from, to) : "";
    }

    private static string Verbatim(FoldedText text, Group group) => text.OriginalText(group.Index, group.Index + group.Length);
}
