using System.Globalization;
using System.Text;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Đơn vị tôi đã nộp chưa?" from a member: for each obligation of their units due around today, whether the unit has
/// reported (on which day, on time or late, and whether its head sent it back for changes) or not (still open, or past
/// the day); then, per unit, its sent reports with "Xem báo cáo" (a member sees only their own unit's).
/// </summary>
internal sealed class UnitStatusHandler(IPlanStore plans, IReportStore reports, TimeProvider clock) : IFeatureHandler
{
    private static readonly string[] OwnUnit = ["don vi toi", "don vi minh", "don vi cua toi", "don vi cua minh", "co quan toi", "phong toi"];

    public static bool Matches(TurnContext turn) =>
        TurnPhrases.Contains(turn, OwnUnit) && turn.Services.GetRequiredService<TurnQuestion>().For(turn).Intent == QuestionIntent.Missing;

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await turn.CurrentUserAsync();
        var today = VietnamTime.Today(clock);
        var window = OpenReports.WindowFor(today);
        var text = new StringBuilder();
        var lists = new List<ReportUnitCardData>();
        foreach (var unit in user.ReportingUnits)
        {
            var due = await plans.FindDueAsync(unit.OrganisationId, window, unit.UnitId, turn.CancellationToken);
            var sent = await reports.GetSubmittedAtByUnitAsync(unit.UnitId, due.Select(d => d.OccurrenceId).ToList(), turn.CancellationToken);
            text.AppendFormat(CultureInfo.InvariantCulture, ReportTexts.UnitStatusHeading, unit.UnitName,
                VietnameseDates.Date(window.From), VietnameseDates.Date(window.To));
            var owed = due.Where(d => sent.ContainsKey(d.OccurrenceId)).ToList();
            if (owed.Count == 0) text.Append('\n').Append(ReportTexts.UnitStatusNone);
            var items = new List<ReportUnitItem>();
            foreach (var d in owed)
            {
                var standing = ReportStanding.Of(d.DueOn, sent[d.OccurrenceId] is { } at ? VietnamTime.DateOf(at) : null, today);
                var status = Describe(standing, sent[d.OccurrenceId]);
                // A sent report may have come back from the unit's head: say so, and list it to be opened.
                var report = sent[d.OccurrenceId] is null ? null : await reports.FindReportAsync(d.OccurrenceId, unit.UnitId, turn.CancellationToken);
                if (report?.Status == ReportStatus.Returned) status += ReportTexts.ReturnedStatus;
                var obligation = AnswerCards.Shorten(d.Description) + " (hạn " + VietnameseDates.Date(d.DueOn) + ")";
                text.Append("\n- ").Append(obligation).Append(": ").Append(status);
                if (report is not null) items.Add(new ReportUnitItem(report.ReportId.ToString(), obligation, status));
            }
            text.Append("\n\n");
            if (items.Count > 0) lists.Add(new ReportUnitCardData(unit.UnitName, items));
        }
        await turn.ReplyTextAsync(text.ToString().TrimEnd());
        foreach (var list in lists)
            await turn.ReplyAsync(CardMessage.Create(CardNames.ReportUnit, list, string.Format(CultureInfo.InvariantCulture, ReportTexts.UnitListSummary, list.UnitName)));
    }

    private static string Describe(ReportStanding standing, DateTimeOffset? sentAt) => standing.Timeliness switch
    {
        ReportTimeliness.OnTime => string.Format(CultureInfo.InvariantCulture, ReportTexts.SentOn, VietnameseDates.Date(VietnamTime.DateOf(sentAt!.Value))),
        ReportTimeliness.Late => string.Format(CultureInfo.InvariantCulture, ReportTexts.SentLate, VietnameseDates.Date(VietnamTime.DateOf(sentAt!.Value)), standing.DaysLate),
        ReportTimeliness.Overdue => string.Format(CultureInfo.InvariantCulture, ReportTexts.Overdue, standing.DaysLate),
        _ => ReportTexts.NotYetSent,
    };
}
