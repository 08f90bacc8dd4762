using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A line of a schedule written as running text: a time, then a colon, then what happens ("- Thứ Ba, ngày 17/11/2026:
/// Đoàn làm việc với Phòng Kinh tế.", "Từ ngày 24/11 đến ngày 25/11/2026: kiểm tra thực tế tại các thôn"). The colon
/// says the time is the entry's own, as a time column would, so its date needs no keyword; the part before the colon
/// must be nothing but the time (a date or span, a weekday, a part of the day), else the date is something the
/// sentence mentions ("Ngày 14/4, UBND xã ban hành…" has no colon; "Kế hoạch số 33 ngày 14/4/2026:" is not only a time).
/// The other way round, a labelled time ("1. Thời gian: 14 giờ 00, thứ Sáu, ngày 20/11/2026.") dates the document's own
/// event, when it is one day or a visit of a few days and nothing else.
/// </summary>
internal static partial class ScheduleEntryRecognizer
{
    private const int MaxPrefix = 60;

    // Weekdays, parts of the day, hours and the small words around them: all a schedule line puts beside its date.
    [GeneratedRegex(
        @"\b(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|t[2-7]|cn|sang|chieu|toi|trua|buoi|ca|ngay|tu|den|va|luc|vao|\d{1,2} ?(?:h|gio)(?: ?\d{2})?(?: phut)?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"[\s,;.\-+•*()]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    // "1. Thời gian: 14 giờ 00, thứ Sáu, ngày 20/11/2026.", "Thời gian tổ chức: sáng 05/12/2026": the time of the
    // document's own event, labelled.
    [GeneratedRegex(@"^[\s\-+•*]*(?:\d{1,2}[.)]\s*)?thoi gian(?: (?:to chuc|kiem tra|lam viec|tiep cong dan|hop|hoi nghi|doi thoai|giam sat))?\s*:\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimeLabel();

    private const int MaxEventDays = 7;

    public static IEnumerable<Candidate> Find(string folded, PlanPeriod period)
    {
        if (TimeLabel().Match(folded) is { Success: true } label) return Labelled(folded, label.Length, period);
        var colon = folded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxPrefix || colon + 1 >= folded.Length || folded[(colon + 1)..].Trim().Length == 0) return [];
        var prefix = folded[..colon];
        var found = BareTimeRecognizer.Find(prefix, period).Where(c => c.Rule is OneOffDeadline or SpanWindow).ToList();
        if (found.Count == 0) return [];
        return OnlyTime(prefix, found) ? found : [];
    }

    /// <summary>The labelled time of an event: one day or a visit of a few days, and nothing else after the label.</summary>
    private static IEnumerable<Candidate> Labelled(string folded, int start, PlanPeriod period)
    {
        var value = folded[start..];
        var found = BareTimeRecognizer.Find(value, period)
            .Where(c => c.Rule is OneOffDeadline || c.Rule is SpanWindow span && span.To.DayNumber - span.From.DayNumber < MaxEventDays)
            .ToList();
        if (found.Count != 1 || !OnlyTime(value, found)) return [];
        return [found[0] with { Start = found[0].Start + start, End = found[0].End + start }];
    }

    private static bool OnlyTime(string text, List<Candidate> found)
    {
        var rest = text.ToCharArray();
        foreach (var candidate in found)
            for (var index = candidate.Start; index < candidate.End; index++) rest[index] = ' ';
        return Separators().Replace(TimeWords().Replace(new string(rest), " "), "").Length == 0;
    }
}
