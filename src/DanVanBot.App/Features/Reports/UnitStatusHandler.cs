using System.Globalization;
using System.Text;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
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
/// reported (on which day, on time or late) or not (still open, or past the day).
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
        foreach (var unit in user.ReportingUnits)
        {
            var due = await plans.FindDueAsync(unit.OrganisationId, window, unit.UnitId, turn.CancellationToken);
            var sent = await reports.GetSubmittedAtByUnitAsync(unit.UnitId, due.Select(d => d.OccurrenceId).ToList(), turn.CancellationToken);
            text.AppendFormat(CultureInfo.InvariantCulture, ReportTexts.UnitStatusHeading, unit.UnitName,
                VietnameseDates.Date(window.From), VietnameseDates.Date(window.To));
            var owed = due.Where(d => sent.ContainsKey(d.OccurrenceId)).ToList();
            if (owed.Count == 0) text.Append('\n').Append(ReportTexts.UnitStatusNone);
            foreach (var d in owed)
            {
                var standing = ReportStanding.Of(d.DueOn, sent[d.OccurrenceId] is { } at ? VietnamTime.DateOf(at) : null, today);
                text.Append("\n- ").Append(AnswerCards.Shorten(d.Description)).Append(" (hạn ").Append(VietnameseDates.Date(d.DueOn)).Append("): ")
                    .Append(Describe(standing, sent[d.OccurrenceId]));
            }
            text.Append("\n\n");
        }
        await turn.ReplyTextAsync(text.ToString().TrimEnd());
    }

    private static string Describe(ReportStanding standing, DateTimeOffset? sentAt) => standing.Timeliness switch
    {
        ReportTimeliness.OnTime => string.Format(CultureInfo.InvariantCulture, ReportTexts.SentOn, VietnameseDates.Date(VietnamTime.DateOf(sentAt!.Value))),
        ReportTimeliness.Late => string.Format(CultureInfo.InvariantCulture, ReportTexts.SentLate, VietnameseDates.Date(VietnamTime.DateOf(sentAt!.Value)), standing.DaysLate),
        ReportTimeliness.Overdue => string.Format(CultureInfo.InvariantCulture, ReportTexts.Overdue, standing.DaysLate),
        _ => ReportTexts.NotYetSent,
    };
}
