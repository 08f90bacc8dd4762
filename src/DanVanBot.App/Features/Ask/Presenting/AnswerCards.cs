using System.Globalization;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask.Presenting;

/// <summary>
/// Every list answer (due, deadline, tasks, search, missing) as pages of the one answer-list card, so they share
/// one layout: about ten lines a page, fewer when long texts would pass the 28 KB Teams limit, "Xem thêm" while
/// lines remain.
/// </summary>
internal static class AnswerCards
{
    public const int PageSize = 10;

    /// <summary>
    /// Units named on a line; the rest are counted. A duty of "các xã, phường" in a province is owed by thousands, and
    /// a line naming them all made a card Teams refuses (the asker got an apology instead of an answer).
    /// </summary>
    public const int MaxUnitNames = 12;

    /// <summary>Units still missing on a coordinator's line: more of them, as that list is what was asked for.</summary>
    public const int MaxMissingUnitNames = 40;

    /// <summary>A card shows the start of a long duty text; the plan has the rest.</summary>
    public const int MaxTitleLength = 280;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Activity Page(Answer answer, IReadOnlyList<AnswerLine> lines, DateOnly today, AnswerPageToken position)
    {
        var frame = Frame(answer, today);
        var remaining = lines.Skip(position.Offset).ToList();
        for (var size = Math.Min(PageSize, Math.Max(remaining.Count, 1)); ; size = Math.Max(1, size / 2))
        {
            var page = remaining.Take(size).Select(l => Item(l, answer.Intent, today)).ToList();
            var more = remaining.Count > size ? (position with { Offset = position.Offset + size }).Format() : null;
            var data = frame with { Items = page, MoreToken = more };
            try
            {
                return CardMessage.Create(CardNames.AnswerList, data, frame.Heading);
            }
            catch (CardTooLargeException) when (size > 1)
            {
                // Try again with half as many lines.
            }
        }
    }

    /// <summary>Heading, note and empty state of the answer: everything but the lines.</summary>
    public static AnswerListCardData Frame(Answer answer, DateOnly today)
    {
        var label = answer.Window is { } window ? PeriodLabel.Describe(window, today) : string.Empty;
        return answer.Intent switch
        {
            QuestionIntent.Tasks => Tasks(answer, label),
            QuestionIntent.Search => new(answer.Items.Count == 0 ? AskTexts.SearchGenericHeading : F(AskTexts.SearchHeading, answer.Plans.Count), [],
                EmptyText: AskTexts.SearchNone),
            QuestionIntent.Missing when answer.OwnUnitOnly => new(F(AskTexts.OwnUnitHeading, string.Join(", ", answer.UnitNames), label), [],
                AskTexts.OwnUnitNote, F(AskTexts.OwnUnitNothingDue, label)),
            QuestionIntent.Missing => new(F(AskTexts.MissingHeading, label), [],
                EmptyText: F(answer.DueCount == 0 ? AskTexts.MissingNothingDue : AskTexts.MissingAllSubmitted, label)),
            _ => new(answer.UnitNames.Count == 0 ? F(AskTexts.DueHeading, label) : F(AskTexts.DueHeadingOfUnits, label, string.Join(", ", answer.UnitNames)), [],
                EmptyText: F(AskTexts.DueNone, label) + (answer.NextDeadline is null ? " " + AskTexts.NothingUpcoming : string.Empty),
                NextDeadline: Next(answer.NextDeadline)),
        };
    }

    private static AnswerListCardData Tasks(Answer answer, string label)
    {
        if (answer.UnitNames.Count == 0)
        {
            var why = answer.UnitMention is { } named ? F(AskTexts.TasksUnitNotFound, named) : AskTexts.TasksNeedUnit;
            return new(AskTexts.TasksGenericHeading, [], EmptyText: why);
        }
        var units = string.Join(", ", answer.UnitNames);
        var heading = answer.OnlyPlansInForce ? F(AskTexts.TasksHeading, units) : F(AskTexts.TasksHeadingInPeriod, units, label);
        return new(heading, [], answer.OnlyPlansInForce ? AskTexts.TasksInForceNote : null, F(AskTexts.TasksNone, units));
    }

    public static AnswerListItem Item(AnswerLine line, QuestionIntent intent, DateOnly today)
    {
        var focus = line.Focus;
        var missing = intent == QuestionIntent.Missing && focus.AskerStatus is null;
        var item = new AnswerListItem(Shorten(line.Title), line.Reference, line.Organisation,
            missing || line.Units.Count == 0 || intent == QuestionIntent.Search ? null : UnitNameList.Join(line.Units, MaxUnitNames),
            MissingUnits: missing ? UnitNameList.Join(line.Units, MaxMissingUnitNames) : null,
            AskerStatus: focus.AskerStatus switch
            {
                AskerReportStatus.Submitted => UnitReportStatus.Submitted,
                AskerReportStatus.NotSubmitted => UnitReportStatus.NotSubmitted,
                AskerReportStatus.Late => UnitReportStatus.Late,
                AskerReportStatus.SubmittedLate => UnitReportStatus.SubmittedLate,
                _ => null,
            },
            SubmittedOnText: focus.SubmittedOn is { } sentOn ? VietnameseDates.Date(sentOn) : null,
            // Only an asker whose unit owes the occurrence can report on it; the button carries the occurrence, the unit is theirs.
            ReportOccurrenceId: focus.AskerStatus is null ? null : focus.OccurrenceId.ToString());
        if (intent == QuestionIntent.Search) return item;
        if (focus.DueOn is not { } due) return item with { Timing = DueTiming.Undated };

        var format = line.Dates.Count == 1 ? AskTexts.SingleDue : due >= today ? AskTexts.NextDue : AskTexts.LastDue;
        return item with
        {
            DatesText = line.Dates.Count > 1 ? DatePhrases.DateList(line.Dates) : null,
            DueText = F(format, VietnameseDates.WeekdayAndDate(due)),
            Timing = DatePhrases.TimingOf(due, today),
            TimingText = DatePhrases.Timing(due, today),
            DayOffNote = focus.LastWorkingDayBefore is { } submitBy ? DatePhrases.DayOffNote(due, submitBy, focus.IsHoliday) : null,
        };
    }

    private static NextDeadline? Next(AnswerItem? item) => item?.DueOn is { } day
        ? new NextDeadline(Shorten(item.Description), VietnameseDates.WeekdayAndDate(day), UnitNameList.Join(item.UnitNames, MaxUnitNames))
        : null;

    public static string Shorten(string text) =>
        text.Length <= MaxTitleLength ? text : text[..(MaxTitleLength - 1)].TrimEnd() + "…";

    private static string F(string format, params object[] args) => string.Format(Inv, format, args);
}
