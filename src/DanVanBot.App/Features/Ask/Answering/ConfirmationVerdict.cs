using DanVanBot.Domain.Time;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// The answer to "báo cáo 6 tháng gửi trước 10/6 phải không?": whether the day (or period) the asker believes is the
/// last day of what they asked about, and that item with its real last day and source. <see cref="Actual"/> is null
/// when no plan names such a deadline; then <see cref="Correct"/> is false.
/// </summary>
internal sealed record ConfirmationVerdict(DateOnly? ClaimedDay, DateWindow? ClaimedPeriod, bool Correct, AnswerItem? Actual)
{
    /// <summary>
    /// Judges the claim against the items found: right when one of them falls on the claimed day (or in the claimed period).
    /// Otherwise the item to show is the one closest to the claim, so "hạn 15/3 đúng không" about a report due on the 14th
    /// answers with the 14th.
    /// </summary>
    public static ConfirmationVerdict Judge(DateOnly? claimedDay, DateWindow? claimedPeriod, IReadOnlyList<AnswerItem> items, AnswerItem? next)
    {
        var dated = items.Where(i => i.DueOn is not null).ToList();
        var match = dated.FirstOrDefault(i => claimedDay is { } day ? i.DueOn == day : claimedPeriod is { } period && period.Contains(i.DueOn!.Value));
        if (match is not null) return new ConfirmationVerdict(claimedDay, claimedPeriod, true, match);
        var target = claimedDay ?? claimedPeriod?.To;
        var closest = target is { } aim
            ? dated.OrderBy(i => Math.Abs(i.DueOn!.Value.DayNumber - aim.DayNumber)).FirstOrDefault()
            : dated.FirstOrDefault();
        return new ConfirmationVerdict(claimedDay, claimedPeriod, false, closest ?? next);
    }
}
