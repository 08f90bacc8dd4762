using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// The file sent after "Đính kèm văn bản": downloaded with the plan import's bounded download (its size limit enforced
/// while reading), checked to be the PDF or Word document its name says, and attached to the awaited version with its
/// hash, size, name and uploader. A file too large or of another kind gets a clear answer and nothing is stored; the
/// wait stays, so the right file can follow.
/// </summary>
internal sealed class ReportAttachmentHandler(PendingAttachments pending, PlanFileDownloader downloader, IReportStore reports) : IFeatureHandler
{
    public static bool Matches(TurnContext turn) =>
        TeamsFile.TryRead(turn.Activity) is not null
        && turn.Services.GetRequiredService<PendingAttachments>().Find(turn.Activity.From?.AadObjectId, turn.ConversationId) is not null;

    /// <summary>The awaited version's unit: only its members may attach to it.</summary>
    public static ScopeLocator Scope { get; } = (turn, user) => Task.FromResult(
        turn.Services.GetRequiredService<PendingAttachments>().Find(user.AadObjectId, turn.ConversationId) is { } awaited
            ? new AccessScope(awaited.OrganisationId, awaited.OrganisationName, awaited.UnitId, awaited.UnitName)
            : null);

    public async Task HandleAsync(TurnContext turn)
    {
        var file = TeamsFile.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        if (pending.Find(user.AadObjectId, turn.ConversationId) is not { } awaited)
        {
            await turn.ReplyTextAsync(ReportTexts.AttachExpired);
            return;
        }
        if (ReportAttachmentFiles.ContentTypeOf(file.FileNameForParsing) is not { } contentType)
        {
            await turn.ReplyTextAsync(string.Format(CultureInfo.InvariantCulture, ReportTexts.AttachWrongType, file.Name));
            return;
        }

        var download = await downloader.DownloadAsync(file.DownloadUrl, turn.CancellationToken, ReportAttachmentFiles.MaxBytes);
        if (download.Status != DownloadStatus.Ok)
        {
            await turn.ReplyTextAsync(DownloadProblem(download.Status, file.Name));
            return;
        }
        if (!ReportAttachmentFiles.ContentMatches(contentType, download.Content))
        {
            await turn.ReplyTextAsync(string.Format(CultureInfo.InvariantCulture, ReportTexts.AttachWrongType, file.Name));
            return;
        }

        var result = await reports.AttachAsync(new NewAttachment(awaited.ReportId, awaited.Version, file.Name, contentType, download.Content!,
            new ReportAuthor(user.AadObjectId, user.Name)), turn.CancellationToken);
        if (result.Outcome == AttachOutcome.UnknownVersion)
        {
            await turn.ReplyTextAsync(ReportTexts.ReportUnknown);
            return;
        }
        pending.Done(user.AadObjectId!, turn.ConversationId, awaited);
        var text = result.Outcome == AttachOutcome.Stored ? ReportTexts.AttachStored : ReportTexts.AttachSame;
        await turn.ReplyTextAsync(string.Format(CultureInfo.InvariantCulture, text, file.Name,
            ReportAttachmentFiles.Size(result.Attachment!.SizeBytes), awaited.Version, awaited.Obligation, awaited.UnitName));
    }

    private static string DownloadProblem(DownloadStatus status, string name) => string.Format(CultureInfo.InvariantCulture, status switch
    {
        DownloadStatus.TooLarge => ReportTexts.AttachTooLarge,
        DownloadStatus.NotAllowed => PlanTexts.DownloadNotAllowed,
        DownloadStatus.TooSlow => ReportTexts.AttachTooSlow,
        _ => PlanTexts.DownloadFailed,
    }, name, ReportAttachmentFiles.MaxMegabytes);
}
