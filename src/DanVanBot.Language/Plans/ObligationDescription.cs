using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Language.Deadlines;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Names an obligation from the words around its deadline phrase: "+ Báo cáo 6 tháng: Trước ngày …" →
/// "Báo cáo 6 tháng"; "Định kỳ 06 tháng (trước …), năm (trước …) báo cáo …" → "Báo cáo 06 tháng", "Báo cáo năm";
/// "Các đơn vị gửi báo cáo … vào giữa … và gửi báo cáo năm trước ngày 25/11" → "Các đơn vị gửi báo cáo …", "Gửi báo cáo năm".
/// </summary>
internal static partial class ObligationDescription
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string ForPhrase(DutySentence duty, IReadOnlyList<DeadlineMatch> matches, int index)
    {
        var sentence = duty.Text;
        var match = matches[index];
        var clauseStart = duty.ClauseStart(match.Start);
        var start = index > 0 ? Math.Max(clauseStart, matches[index - 1].Start + matches[index - 1].Length) : clauseStart;
        var before = Tidy(sentence[start..match.Start]);
        // A date listed after another ("vào ngày 08/01, ngày 12/02 và ngày 12/3") is the same duty on another day.
        if (before.Length == 0 && index > 0 && start > clauseStart) return ForPhrase(duty, matches, index - 1);
        if (before.Length == 0)
        {
            var end = index + 1 < matches.Count ? matches[index + 1].Start : duty.ClauseEnd(match.Start + match.Length);
            before = Tidy(sentence[(match.Start + match.Length)..end]);
        }
        if (before.Length == 0) before = match.Phrase;
        if (duty.MentionsReport && !DutyText.MentionsReport(before) && before.Split(' ').Length <= 3) before = "báo cáo " + before;
        return Capitalise(before);
    }

    /// <summary>The parts of a sentence between semicolons, with where each starts in the sentence.</summary>
    public static IEnumerable<(int Start, string Text)> Clauses(string sentence)
    {
        var start = 0;
        while (start < sentence.Length)
        {
            var end = ClauseEnd(sentence, start);
            var raw = sentence[start..end];
            var text = raw.Trim().TrimEnd('.', ' ');
            if (text.Length > 0) yield return (start + raw.Length - raw.TrimStart().Length, text);
            start = end + 1;
        }
    }

    /// <summary>"Xây dựng Kế hoạch thực hiện … năm 2022", "Hàng năm xây dựng kế hoạch kiểm tra …": the unit's own plan for a period.</summary>
    public static bool BuildsOwnPlan(string clause) => OwnPlan().IsMatch(VietnameseText.Fold(clause));

    public static string Capitalise(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? trimmed : char.ToUpper(trimmed[0], Vietnamese) + trimmed[1..];
    }

    private static int ClauseEnd(string sentence, int from)
    {
        var end = sentence.IndexOf(';', Math.Min(from, sentence.Length));
        return end < 0 ? sentence.Length : end;
    }

    /// <summary>Drops connectives, an unclosed parenthesis and "định kỳ" around the words that name the duty.</summary>
    private static string Tidy(string segment)
    {
        var text = segment;
        var open = text.LastIndexOf('(');
        if (open >= 0 && text.IndexOf(')', open) < 0) text = text[..open];
        text = LeadingNoise().Replace(text, string.Empty);
        text = TrailingNoise().Replace(text, string.Empty);
        return text.Trim();
    }

    [GeneratedRegex(@"^[\s,.:;()\-–]*(?:(?i:và|hoặc)\s+)?(?:(?i:định\s+kỳ)\s+)?")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"[\s,:;(\-–]*(?:(?<!\p{L})(?i:vào|chậm\s+nhất|hạn|thời\s+hạn|gửi\s+về|gửi))?[\s,:;(\-–]*$")]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"xay dung (?:\S+ ){0,2}?(?:ke hoach|chuong trinh)\b.*(?:\bnam \d{4}|hang nam|giai doan)|hang nam xay dung (?:ke hoach|chuong trinh)")]
    private static partial Regex OwnPlan();
}
