using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Nộp báo cáo", "gửi báo cáo tiến độ", "báo cáo việc tiếp dân": the form when one obligation is open for the
/// sender's units, a short choice card (nearest deadline first) when several are, and a plain answer when none is.
/// "Cho xin mẫu báo cáo 6 tháng" asks for the blank form: the same, counting obligations already reported too, and the
/// form always comes empty (its choice buttons open it empty as well).
/// </summary>
internal sealed class ReportChatHandler(TurnQuestion question, OpenReports open, IReportCompliance compliance, TimeProvider clock) : IFeatureHandler
{
    /// <summary>A choice card stays short; the rest are a "nộp báo cáo việc …" away.</summary>
    public const int MaxChoices = 8;

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await turn.CurrentUserAsync();
        var today = VietnamTime.Today(clock);
        var asked = question.For(turn);
        var blank = asked.AsksForForm;
        var found = await open.ForAsync(user, today, asked.Keywords, turn.CancellationToken, includeReported: blank);
        if (found.Count == 0)
        {
            var window = OpenReports.WindowFor(today);
            await turn.ReplyTextAsync(string.Format(ReportTexts.NothingOpen, VietnameseDates.Date(window.From), VietnameseDates.Date(window.To)));
            return;
        }
        if (found.Count == 1)
        {
            var only = found[0];
            var occurrence = await compliance.ForUnitsAsync(only.Occurrence.OccurrenceId, [only.Unit.UnitId], today, turn.CancellationToken);
            var unit = occurrence?.Units.FirstOrDefault();
            if (occurrence is not null && unit is not null)
            {
                var form = ReportFormCards.Fresh(new ReportTarget(occurrence.Occurrence, unit), current: null);
                await turn.ReplyAsync(CardMessage.FromCard(CardNames.ReportForm, form, ReportTexts.FormSummary));
                return;
            }
        }
        var items = found.Take(MaxChoices).Select(o => new ReportChoiceItem(o.Occurrence.OccurrenceId.ToString(), o.Unit.UnitId.ToString(),
            AnswerCards.Shorten(o.Occurrence.Description), o.Unit.UnitName, VietnameseDates.Date(o.Occurrence.DueOn))).ToList();
        await turn.ReplyAsync(CardMessage.Create(CardNames.ReportChoice, new ReportChoiceCardData(items, blank ? ReportFormCards.TemplateVerb : ReportFormCards.OpenVerb), ReportTexts.ChoiceSummary));
    }
}
