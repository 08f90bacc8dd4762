using System.Globalization;
using System.Text.Json;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Nudges.Planning;

/// <summary>
/// What a reminder shows, fixed when it is planned (stored with the outbox row) and its card at send time. A message to
/// coordinators (the Monday digest) carries <paramref name="Overview"/>, sent as <c>cards/nudge-overview.json</c>;
/// its <paramref name="Card"/> then only names it for the delivery view.
/// </summary>
internal sealed record NudgeMessage(string Summary, NudgeCardData Card, NudgeOverviewCardData? Overview = null);

internal static class NudgeCards
{
    public static NudgeMessage Compose(PlannedNudge planned, IWorkingCalendar calendar)
    {
        var occurrence = planned.Occurrence;
        var stage = planned.Schedule.Stage;
        var lastDay = occurrence.Target.LastDay;
        var daysLeft = lastDay.DayNumber - planned.Schedule.Day.DayNumber;
        var nonWorking = calendar.IsWorkingDay(lastDay) || occurrence.Target.IsWindow
            ? null
            : DatePhrases.DayOffNote(lastDay, planned.Schedule.AimDay, calendar.IsHoliday(lastDay));
        var title = stage.Kind switch
        {
            NudgeStageKind.Before => Format(NudgeTexts.TitleBefore, stage.Days),
            NudgeStageKind.DueDay => NudgeTexts.TitleDueDay,
            NudgeStageKind.WindowOpens => NudgeTexts.TitleWindowOpens,
            NudgeStageKind.WindowCloses => Format(NudgeTexts.TitleWindowCloses, stage.Days),
            NudgeStageKind.Overdue => Format(NudgeTexts.TitleOverdue, stage.Days),
            NudgeStageKind.Requested => NudgeTexts.TitleRequested,
            _ => NudgeTexts.TitleEscalation,
        };
        var days = daysLeft switch
        {
            > 0 => Format(NudgeTexts.DaysLeft, daysLeft),
            0 => NudgeTexts.DaysToday,
            _ => Format(NudgeTexts.DaysOverdue, -daysLeft),
        };
        var plan = Format(NudgeTexts.PlanReference, occurrence.PlanNumber ?? occurrence.PlanTitle, occurrence.SectionPath);
        var card = new NudgeCardData("", occurrence.OccurrenceId.ToString(), planned.Unit.UnitId.ToString(), title,
            $"{occurrence.Description} ({occurrence.Label})", planned.Unit.UnitName,
            VietnameseDates.WeekdayAndDate(lastDay), days, plan, Overdue: daysLeft < 0, NonWorkingNote: nonWorking);
        var summary = Format(NudgeTexts.Summary, title, occurrence.Description, VietnameseDates.Date(lastDay));
        return new NudgeMessage(summary.Length > 250 ? summary[..249] + "…" : summary, card);
    }

    public static string Serialize(NudgeMessage message) => JsonSerializer.Serialize(message, CardJson.DataOptions);

    public static NudgeMessage Read(string json) =>
        JsonSerializer.Deserialize<NudgeMessage>(json, CardJson.DataOptions) ?? throw new JsonException("Empty reminder data.");

    /// <summary>The message activity for one person's reminder: the card with this reminder's id in its buttons.</summary>
    public static Activity Activity(Guid nudgeId, NudgeMessage message, NudgeCardData? replacement = null) =>
        message.Overview is { } overview && replacement is null
            ? CardMessage.Create(CardNames.NudgeOverview, overview, message.Summary)
            : CardMessage.Create(CardNames.Nudge, (replacement ?? message.Card) with { NudgeId = nudgeId.ToString() }, message.Summary);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
