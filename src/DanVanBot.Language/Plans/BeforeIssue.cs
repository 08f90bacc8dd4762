using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Plans;

/// <summary>
/// A document cannot set a duty that was over before it was issued: a one-off deadline or a window that ends before
/// the document's date is an event it reports ("các kiến nghị đã được trả lời trước ngày…", "kết quả thực hiện từ tháng
/// 01 đến tháng 12/2025"), not a duty. Recurring rules keep all their occurrences (the early ones simply lie in the past).
/// </summary>
internal static class BeforeIssue
{
    public static IReadOnlyList<PlanObligation> Drop(IReadOnlyList<PlanObligation> obligations, DateOnly? issuedOn)
    {
        if (issuedOn is not { } issued) return obligations;
        return [.. obligations.Where(o => !(o.Rule is OneOffDeadline or MonthWindow or QuarterWindow or SpanWindow
            && o.Occurrences.Count > 0 && o.Occurrences.All(occurrence => occurrence.LastDay is { } day && day < issued)))];
    }
}
