using System.Globalization;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Nudges;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>The preview of "nhắc các đơn vị chưa nộp" (with "Gửi nhắc"/"Hủy"), the choice of occurrences, and the "queued" answer.</summary>
internal static class RequestedNudgeCards
{
    public const int MaxChoices = 6;

    public static Activity Preview(RequestedNudgePlan plan, DateTimeOffset now, IReadOnlyList<NudgeOccurrence> others, string? note = null)
    {
        var choices = others.Where(o => o.OccurrenceId != plan.Occurrence.OccurrenceId).Take(MaxChoices).Select(Choice).ToList();
        var more = plan.Planned.Count == 0 ? CoordinatorNudgeTexts.RemindNoOne : choices.Count > 0 ? CoordinatorNudgeTexts.RemindOthers : null;
        var data = Data(plan, now, note) with
        {
            More = more,
            SendOccurrenceId = plan.Planned.Count > 0 ? plan.Occurrence.OccurrenceId.ToString() : null,
            Choices = choices.Count > 0 ? choices : null,
        };
        return OverviewCards.Build(data, Format(CoordinatorNudgeTexts.RemindSummary, plan.Occurrence.Description), CoordinatorNudgeTexts.AndMoreUnits);
    }

    /// <summary>After "Gửi nhắc": the same facts, no buttons, and how many reminders were queued.</summary>
    public static Activity Queued(RequestedNudgePlan plan, DateTimeOffset now, int stored)
    {
        var status = Format(CoordinatorNudgeTexts.RemindQueued, stored, plan.Units.Count(u => u.People.Count > 0));
        if (plan.Planned.Count > stored) status += Format(CoordinatorNudgeTexts.RemindQueuedAgain, plan.Planned.Count - stored);
        return OverviewCards.Build(Data(plan, now, null) with { StatusText = status }, Format(CoordinatorNudgeTexts.RemindQueuedSummary, stored),
            CoordinatorNudgeTexts.AndMoreUnits);
    }

    public static NudgeOverviewChoice Choice(NudgeOccurrence occurrence) => new(occurrence.OccurrenceId.ToString(),
        Format(CoordinatorNudgeTexts.RemindChoiceTitle, AnswerCards.Shorten(occurrence.Description), VietnameseDates.Date(occurrence.Target.LastDay)));

    private static NudgeOverviewCardData Data(RequestedNudgePlan plan, DateTimeOffset now, string? note)
    {
        var occurrence = plan.Occurrence;
        var at = plan.NotBefore <= now ? CoordinatorNudgeTexts.RemindNow
            : $"{NudgeSlots.Local(plan.NotBefore).Time:HH\\:mm} {VietnameseDates.WeekdayAndDate(NudgeSlots.Local(plan.NotBefore).Day)}";
        var facts = new List<NudgeOverviewFact>
        {
            new(CoordinatorNudgeTexts.RemindUnitsMissing, Count(plan.Units.Count)),
            new(CoordinatorNudgeTexts.RemindUnitsReported, Count(plan.ReportedUnits)),
            new(CoordinatorNudgeTexts.RemindPeople, Count(plan.Planned.Count)),
            new(CoordinatorNudgeTexts.RemindAt, at),
        };
        var lines = plan.Units.Select(u => new NudgeOverviewLine((u.People.Count > 0
                ? Format(CoordinatorNudgeTexts.RemindUnitLine, u.Unit.UnitName, u.People.Count)
                : Format(CoordinatorNudgeTexts.RemindUnitNobody, u.Unit.UnitName))
            + (u.Muted > 0 ? Format(CoordinatorNudgeTexts.RemindUnitMuted, u.Muted) : ""))).ToList();
        var subtitle = Format(CoordinatorNudgeTexts.RemindSubtitle, occurrence.Description, occurrence.Label,
            VietnameseDates.WeekdayAndDate(occurrence.Target.LastDay), plan.Organisation.Name);
        return new NudgeOverviewCardData(CoordinatorNudgeTexts.RemindTitle, note is null ? subtitle : note + " " + subtitle, facts,
            lines.Count > 0 ? [new NudgeOverviewSection(CoordinatorNudgeTexts.RemindUnitsMissing, lines)] : []);
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
