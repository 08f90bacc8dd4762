using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Đính kèm văn bản" on a receipt: the presser (the gate checked they report for the unit) is asked for the document,
/// and the next PDF/DOCX they send here is attached to that version. A version that is not the unit's for the card's
/// occurrence is no report.
/// </summary>
internal sealed class ReportAttachStartHandler(ReportTargets targets, IReportStore reports, PendingAttachments pending) : IFeatureHandler
{
    public const string Verb = "report.attach";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        if (await targets.FromCardOrAnswerAsync(turn, action, user) is not { } target) return;
        var version = int.TryParse(action.GetString(ReportViewTarget.VersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var report = Guid.TryParse(action.GetString(ReportViewTarget.ReportKey), out var reportId) && version > 0
            ? await reports.FindReportByIdAsync(reportId, version, turn.CancellationToken)
            : null;
        if (report is null || report.ShownVersion != version
            || report.OccurrenceId != target.Occurrence.OccurrenceId || report.UnitId != target.Unit.UnitId)
        {
            await turn.AnswerActionAsync(action, ReportTexts.ReportUnknown);
            return;
        }

        var occurrence = target.Occurrence;
        pending.Await(user.AadObjectId!, turn.ConversationId, new AwaitedAttachment(report.ReportId, version, occurrence.OrganisationId,
            occurrence.OrganisationName, target.Unit.UnitId, target.Unit.UnitName, occurrence.Description, default));
        await turn.AnswerActionAsync(action, string.Format(CultureInfo.InvariantCulture, ReportTexts.AttachPrompt,
            ReportAttachmentFiles.MaxMegabytes, (int)PendingAttachments.Lifetime.TotalMinutes, version, occurrence.Description, target.Unit.UnitName));
    }
}
