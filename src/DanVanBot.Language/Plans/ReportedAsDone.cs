using System.Text.RegularExpressions;

namespace DanVanBot.Language.Plans;

/// <summary>
/// A deadline phrase in a clause that reports the work as done is history, not a duty: "các kiến nghị đã được trả
/// lời trước ngày 30/4/2026", "các đơn vị đã gửi báo cáo trước ngày 15/6". The marker is "đã" in the stretch of the
/// clause just before the phrase (after its last comma), so "đã" elsewhere in the sentence does not silence a real
/// deadline ("Năm 2025 đã tổ chức 4 cuộc, năm nay tổ chức trước ngày 30/6").
/// </summary>
internal static partial class ReportedAsDone
{
    private const int LookBack = 80;

    public static bool Before(string sentence, int phraseStart)
    {
        var from = Math.Max(0, phraseStart - LookBack);
        var stretch = sentence.AsSpan(from, phraseStart - from);
        var lastBreak = stretch.LastIndexOfAny([',', ';', ':', '(']);
        return PastMarker().IsMatch(stretch[(lastBreak + 1)..]);
    }

    [GeneratedRegex(@"(?<!\p{L})(?i:đã)(?!\p{L})")]
    private static partial Regex PastMarker();
}
