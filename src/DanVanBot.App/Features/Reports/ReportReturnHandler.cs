using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Trả lại" on a report view: the unit's head (the gate checked it) sends the current version back with a required
/// reason. The reason is checked on the server (the form comes back with it kept when it is missing or too long); the
/// return is stored once, audited, and the version's author is told at once in their personal chat, with the form to
/// amend it. The head gets the view again, saying whether the author could be reached.
/// </summary>
internal sealed class ReportReturnHandler(ReportViewTarget target, IReportStore reports, ReturnNotifier notifier, IAuditLog audit) : IFeatureHandler
{
    public const string Verb = "report.return";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        if (await target.FromCardAsync(turn) is not { } viewed)
        {
            await turn.AnswerActionAsync(action, ReportTexts.ReportUnknown);
            return;
        }
        var reason = action.GetString(ReportViewCards.ReasonKey)?.Trim();
        var problem = string.IsNullOrEmpty(reason) ? ReportTexts.ReturnReasonMissing
            : reason.Length > ReportViewCards.MaxReasonLength
                ? string.Format(CultureInfo.InvariantCulture, ReportTexts.ReturnReasonTooLong, ReportViewCards.MaxReasonLength)
                : null;
        if (problem is not null && ReportViewCards.MayReturn(viewed, user))
        {
            var again = ReportViewCards.Render(viewed, user, error: problem, reason: reason);
            await turn.AnswerWithCardAsync(action, CardNames.ReportView, again, ReportTexts.ViewSummary);
            return;
        }

        var report = viewed.Report;
        var outcome = problem is null
            ? await reports.ReturnAsync(report.ReportId, report.ShownVersion, reason!, new ReportAuthor(user.AadObjectId, user.Name), turn.CancellationToken)
            : report.Shown.Returned is not null ? ReturnOutcome.AlreadyReturned : ReturnOutcome.NotCurrent;
        if (outcome != ReturnOutcome.Returned)
        {
            await turn.AnswerActionAsync(action, outcome switch
            {
                ReturnOutcome.AlreadyReturned => ReportTexts.ReturnAlready,
                ReturnOutcome.NotCurrent => ReportTexts.ReturnNotCurrent,
                _ => ReportTexts.ReportUnknown,
            });
            return;
        }

        var occurrence = viewed.Occurrence.Occurrence;
        await audit.WriteAsync(new AuditEntry(user.AadObjectId!, user.Name, "report.return",
            $"Trả lại phiên bản {report.ShownVersion} báo cáo “{occurrence.Description}” của {viewed.Unit.UnitName}. Lý do: {reason}",
            turn.ConversationId, occurrence.OrganisationId), turn.CancellationToken);
        var author = report.Shown.Author;
        var told = await notifier.TellAuthorAsync(viewed, reason!, user.Name, turn.CancellationToken);
        var notice = string.Format(CultureInfo.InvariantCulture, told ? ReportTexts.ReturnTold : ReportTexts.ReturnNotTold, author.Name ?? "người gửi");
        var refreshed = await target.ReloadAsync(turn);
        var card = refreshed is null ? null : ReportViewCards.Render(refreshed, user, notice);
        if (card is null) await turn.AnswerActionAsync(action, notice);
        else await turn.AnswerWithCardAsync(action, CardNames.ReportView, card, ReportTexts.ViewSummary);
    }
}
