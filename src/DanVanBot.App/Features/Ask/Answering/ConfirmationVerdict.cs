using DanVanBot.Domain.Time;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// The answer to "báo cáo 6 tháng gửi trước 10/6 phải không?": whether the day (or period) the asker believes is the
/// last day of what they asked about, and that item with its real last day and source. <see cref="Actual"/> is null
/// when no plan names such a deadline; then <see cref="Correct"/> is false. <see cref="Plan"/> is the plan of
/// <see cref="Actual"/>, so a plan without a number can still be named (by issuer and date).
/// </summary>
internal sealed record ConfirmationVerdict(DateOnly? ClaimedDay, DateWindow? ClaimedPeriod, bool Correct, AnswerItem? Actual)
{
    public PlanSummary? Plan { get; init; }

    /// <summary>
    /// Judges the claim against the items found: right when one of them falls on the claimed day (or in the claimed
    /// period). A deadline on a day off is met by the last working day before it (what every answer tells the asker to
    /// keep to), so a claimed day from that working day to the deadline is right too: "nộp trước 15/6" for a Sunday 15/06
    /// means Friday 13/06 either way. Otherwise the item to show is the one closest to the claim, so "hạn 15/3 đúng
    /// không" about a report due on the 14th answers with the 14th.
    /// </summary>
    public static ConfirmationVerdict Judge(DateOnly? claimedDay, DateWindow? claimedPeriod, IReadOnlyList<AnswerItem> items, AnswerItem? next)
    {
        var dated = items.Where(i => i.DueOn is not null).ToList();
        var match = dated.FirstOrDefault(i => claimedDay is { } day
            ? (i.LastWorkingDayBefore ?? i.DueOn) <= day && day <= i.DueOn
            : claimedPeriod is { } period && period.Contains(i.DueOn!.Value));
        if (match is not null) return new ConfirmationVerdict(claimedDay, claimedPeriod, true, match);
        var target = claimedDay ?? claimedPeriod?.To;
        var closest = target is { } aim
            ? dated.OrderBy(i => Math.Abs(i.DueOn!.Value.DayNumber - aim.DayNumber)).FirstOrDefault()
            : dated.FirstOrDefault();
        return new ConfirmationVerdict(claimedDay, claimedPeriod, false, closest ?? next);
    }
}
