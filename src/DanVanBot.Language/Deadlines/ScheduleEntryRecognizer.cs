using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A line of a schedule written as running text: a time, then a colon, then what happens ("- Thứ Ba, ngày 17/11/2026:
/// Đoàn làm việc với Phòng Kinh tế.", "Từ ngày 24/11 đến ngày 25/11/2026: kiểm tra thực tế tại các thôn"). The colon
/// says the time is the entry's own, as a time column would, so its date needs no keyword; the part before the colon
/// must be nothing but the time (a date or span, a weekday, a part of the day), else the date is something the
/// sentence mentions ("Ngày 14/4, UBND xã ban hành…" has no colon; "Kế hoạch số 33 ngày 14/4/2026:" is not only a time).
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

    public static IEnumerable<Candidate> Find(string folded, PlanPeriod period)
    {
        var colon = folded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxPrefix || colon + 1 >= folded.Length || folded[(colon + 1)..].Trim().Length == 0) return [];
        var prefix = folded[..colon];
        var found = BareTimeRecognizer.Find(prefix, period).Where(c => c.Rule is OneOffDeadline or SpanWindow).ToList();
        if (found.Count == 0) return [];
        var rest = prefix.ToCharArray();
        foreach (var candidate in found)
            for (var index = candidate.Start; index < candidate.End; index++) rest[index] = ' ';
        var leftover = Separators().Replace(TimeWords().Replace(new string(rest), " "), "");
        return leftover.Length == 0 ? found : [];
    }
}
