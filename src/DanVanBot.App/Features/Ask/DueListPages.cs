using System.Globalization;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Due and deadline answers as pages of the due-list card: about ten items each, fewer when long
/// descriptions would take a page past the 28 KB Teams limit, with "Xem thêm" while more remain.
/// </summary>
internal static class DueListPages
{
    public const int PageSize = 10;

    /// <summary>A card shows the start of a long duty text; the plan has the rest.</summary>
    public const int MaxDescriptionLength = 280;

    public static Activity Page(Answer answer, DateOnly today, DuePageToken position)
    {
        var label = PeriodLabel.Describe(answer.Window ?? position.Window, today);
        var summary = string.Format(CultureInfo.InvariantCulture, BotTexts.DueSummary, label);
        var remaining = answer.Items.Skip(position.Offset).ToList();
        for (var size = Math.Min(PageSize, Math.Max(remaining.Count, 1)); ; size = Math.Max(1, size / 2))
        {
            var page = remaining.Take(size).Select(i => ToCardItem(i, today)).ToList();
            var more = remaining.Count > size ? (position with { Offset = position.Offset + size }).Format() : null;
            var data = new DueListCardData(label, page, more, remaining.Count == 0 ? Next(answer.NextDeadline) : null);
            try
            {
                return CardMessage.Create(CardNames.DueList, data, summary);
            }
            catch (CardTooLargeException) when (size > 1)
            {
                // Try again with half as many items.
            }
        }
    }

    public static DueListItem ToCardItem(AnswerItem item, DateOnly today) => DueListItem.Create(
        Shorten(item.Description), item.UnitText, item.DueOn ?? today, today, item.PlanNumber ?? BotTexts.PlanWithoutNumber,
        item.Section, item.IsWorkingDay ? null : item.LastWorkingDayBefore, item.AskerStatus switch
        {
            AskerReportStatus.Submitted => UnitReportStatus.Submitted,
            AskerReportStatus.NotSubmitted => UnitReportStatus.NotSubmitted,
            AskerReportStatus.Late => UnitReportStatus.Late,
            AskerReportStatus.SubmittedLate => UnitReportStatus.SubmittedLate,
            _ => null,
        }) with
        {
            SubmittedOnText = item.SubmittedOn is { } sentOn ? VietnameseDates.Date(sentOn) : null,
            // Only an asker whose unit owes the item can report on it; the button carries the occurrence, the unit is theirs.
            ReportOccurrenceId = item.AskerStatus is null ? null : item.OccurrenceId.ToString(),
        };

    private static NextDeadline? Next(AnswerItem? item) => item?.DueOn is { } day
        ? new NextDeadline(Shorten(item.Description), VietnameseDates.WeekdayAndDate(day), item.UnitText)
        : null;

    public static string Shorten(string text) =>
        text.Length <= MaxDescriptionLength ? text : text[..(MaxDescriptionLength - 1)].TrimEnd() + "…";
}
