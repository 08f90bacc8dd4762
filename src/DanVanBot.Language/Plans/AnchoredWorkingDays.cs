using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// "Chậm nhất 03 ngày làm việc trước ngày kiểm tra" counts from an event; when the same document dates that event
/// (an inspection schedule, the day of a conference), the limit gets a day for each of them, counted back on Vietnam's
/// working calendar. The event is found by its activity noun: a dated activity whose description, or else the
/// document's title, names the noun of the anchor (in a schedule of that activity, "Lịch làm việc của Đoàn kiểm tra",
/// every dated entry) ("kiểm tra", "giám sát", "họp"…). Without such an event the duty
/// stays undated for the coordinating office to fix.
/// </summary>
internal static class AnchoredWorkingDays
{
    private static readonly string[] EventNouns =
        ["kiem tra", "giam sat", "hoi nghi", "doi thoai", "tiep xuc", "hop", "lam viec", "tiep cong dan", "khao sat", "to chuc"];

    private const int MaxVisitDays = 7;

    private static readonly Lazy<VietnamWorkingCalendar> Calendar = new(() => new VietnamWorkingCalendar());

    public static IReadOnlyList<PlanObligation> Resolve(IReadOnlyList<PlanObligation> obligations, string title, PlanPeriod period)
    {
        if (!obligations.Any(o => o is { NeedsDate: true, Rule: WorkingDaysBefore or WorkingDaysWithin })) return obligations;
        var foldedTitle = VietnameseText.Fold(title);
        var result = new List<PlanObligation>(obligations.Count);
        foreach (var obligation in obligations)
        {
            if (obligation is { NeedsDate: true, Rule: WorkingDaysWithin after })
            {
                result.AddRange(After(obligation, after, Events(obligations, after.Anchor, foldedTitle), period));
                continue;
            }
            if (obligation is not { NeedsDate: true, Rule: WorkingDaysBefore limit }) { result.Add(obligation); continue; }
            var events = Events(obligations, limit.Anchor, foldedTitle);
            if (events.Count == 0) { result.Add(obligation); continue; }
            foreach (var (day, _, what, units) in events)
            {
                var rule = new OneOffDeadline(Calendar.Value.AddWorkingDays(day, -limit.WorkingDays));
                // Each event has its own limit; the description says which. "Các ấp được kiểm tra chuẩn bị…": each copy
                // falls on the unit that event visits.
                var owners = units.Count > 0 && IsVisitedUnits(obligation.Units) ? units : obligation.Units;
                result.Add(obligation with
                {
                    Description = $"{obligation.Description} ({what})", Units = owners, Rule = rule, Occurrences = rule.Expand(period), NeedsDate = false,
                });
            }
        }
        return result;
    }

    /// <summary>
    /// The document's dated activities that the anchor names, one per activity (two on a day count twice); an activity
    /// over a few days ("Từ ngày 13/10 đến ngày 14/10") counts from its first day; a longer window is a period, not a visit.
    /// </summary>
    /// <summary>
    /// "trong thời hạn 07 ngày làm việc kể từ ngày tổ chức hội nghị": N working days after each such event; "kể từ ngày
    /// kết thúc kiểm tra": after the last of them only. The duty stays with its own units (the one writing the result).
    /// </summary>
    private static IEnumerable<PlanObligation> After(
        PlanObligation obligation, WorkingDaysWithin limit, List<(DateOnly Day, DateOnly Last, string What, IReadOnlyList<string> Units)> events, PlanPeriod period)
    {
        if (events.Count == 0) { yield return obligation; yield break; }
        var fromEnd = ContainsWord(VietnameseText.Fold(limit.Anchor), "ket thuc");
        var chosen = fromEnd ? [events.MaxBy(e => e.Last)] : events;
        foreach (var (_, last, what, _) in chosen)
        {
            var rule = new OneOffDeadline(Calendar.Value.AddWorkingDays(last, limit.WorkingDays));
            var named = chosen.Count > 1 ? $"{obligation.Description} ({what})" : obligation.Description;
            yield return obligation with { Description = named, Rule = rule, Occurrences = rule.Expand(period), NeedsDate = false };
        }
    }

    /// <summary>"Các đơn vị được kiểm tra", "Các ấp được giám sát", or no unit at all: whoever each event visits.</summary>
    private static bool IsVisitedUnits(IReadOnlyList<string> units) =>
        units.Count == 0 || units.All(u => VietnameseText.Fold(u) is var f && (f.Contains("duoc kiem tra", StringComparison.Ordinal)
            || f.Contains("duoc giam sat", StringComparison.Ordinal)));

    private static List<(DateOnly Day, DateOnly Last, string What, IReadOnlyList<string> Units)> Events(IReadOnlyList<PlanObligation> obligations, string anchor, string foldedTitle)
    {
        var foldedAnchor = VietnameseText.Fold(anchor);
        var noun = EventNouns.FirstOrDefault(n => ContainsWord(foldedAnchor, n));
        if (noun is null) return [];
        var dated = obligations
            .Where(o => o is { NeedsDate: false, Kind: ObligationKind.Activity, Rule: OneOffDeadline }
                || o is { NeedsDate: false, Kind: ObligationKind.Activity, Rule: SpanWindow span } && span.To.DayNumber - span.From.DayNumber < MaxVisitDays)
            .ToList();
        var named = dated.Where(o => ContainsWord(VietnameseText.Fold(o.Description), noun)).ToList();
        // A schedule of that activity ("Lịch làm việc của Đoàn kiểm tra") dates nothing else: every dated entry is one.
        var titleNames = ContainsWord(foldedTitle, noun);
        if (named.Count == 0 && titleNames || titleNames && ContainsWord(foldedTitle, "lich")) named = dated;
        return [.. named
            .Select(o => o.Rule is SpanWindow span
                ? (Day: span.From, Last: span.To, What: o.Description, o.Units)
                : (Day: ((OneOffDeadline)o.Rule!).LastDay, Last: ((OneOffDeadline)o.Rule!).LastDay, What: o.Description, o.Units))
            .Where(e => e.Day.Year is >= VietnamWorkingCalendar.MinYear and <= VietnamWorkingCalendar.MaxYear
                && e.Last.Year <= VietnamWorkingCalendar.MaxYear)];
    }

    private static bool ContainsWord(string folded, string word) =>
        $" {folded.Replace(',', ' ').Replace(':', ' ')} ".Contains($" {word} ", StringComparison.Ordinal);
}
