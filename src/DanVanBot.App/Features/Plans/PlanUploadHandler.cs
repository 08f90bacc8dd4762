using DanVanBot.App.Features.Identity;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Imports;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// A coordinator (the route's gate checked it) sent a plan document: download it, read it, keep it as a pending import and answer with the
/// preview card ("Xuất bản" / "Hủy"). Every refusal names its reason in Vietnamese.
/// </summary>
internal sealed class PlanUploadHandler(
    PlanFileDownloader downloader,
    IPendingPlanImportStore pending,
    IAuditLog audit) : IFeatureHandler
{
    public static bool Matches(TurnContext turn) => TeamsFile.TryRead(turn.Activity) is not null;

    public async Task HandleAsync(TurnContext turn)
    {
        var file = TeamsFile.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        var fileName = file.FileNameForParsing;
        if (!PlanFiles.IsSupported(fileName))
        {
            await turn.ReplyTextAsync(string.Format(PlanTexts.UnsupportedFile, file.Name));
            return;
        }

        // Checked before the download too: a user at the quota need not wait for a file that cannot be kept.
        if (await pending.CountLiveAsync(user.AadObjectId!, turn.CancellationToken) >= PendingPlanImports.MaxPerUser)
        {
            await turn.ReplyTextAsync(PlanTexts.TooManyPending);
            return;
        }

        var download = await downloader.DownloadAsync(file.DownloadUrl, turn.CancellationToken);
        if (download.Status != DownloadStatus.Ok)
        {
            await turn.ReplyTextAsync(DownloadProblem(download.Status, file.Name, downloader));
            return;
        }

        var read = PlanDocumentReader.Read(fileName, download.Content!, turn.CancellationToken);
        if (!read.IsImportable)
        {
            await turn.ReplyTextAsync(string.Format(ReadProblem(read.Status), file.Name));
            return;
        }

        // The parse is kept, not the document: publishing stores what the preview showed and reads nothing again.
        var import = await pending.AddAsync(fileName, PreviewedPlan.Write(read.Plan!), user.AadObjectId!, turn.CancellationToken);
        if (import is null)
        {
            await turn.ReplyTextAsync(PlanTexts.TooManyPending);
            return;
        }
        await audit.WriteAsync(new AuditEntry(user.AadObjectId!, user.Name, "plan.import",
            $"Gửi tệp “{file.Name}” để nhập kế hoạch {PlanPreview.Reference(read.Plan!)} (chờ xuất bản)", turn.ConversationId), turn.CancellationToken);
        await turn.ReplyAsync(PlanPreview.Message(import.ImportId, read.Plan!));
    }

    private static string ReadProblem(PlanReadStatus status) => status switch
    {
        PlanReadStatus.NotAPlan => PlanTexts.NotAPlan,
        PlanReadStatus.TooLarge => PlanTexts.DocumentTooLarge,
        _ => PlanTexts.Unreadable,
    };

    private static string DownloadProblem(DownloadStatus status, string name, PlanFileDownloader downloader) => status switch
    {
        DownloadStatus.NotAllowed => string.Format(PlanTexts.DownloadNotAllowed, name),
        DownloadStatus.TooLarge => string.Format(PlanTexts.FileTooLarge, name, downloader.MaxMegabytes),
        DownloadStatus.TooSlow => string.Format(PlanTexts.DownloadTooSlow, name, downloader.TimeoutSeconds),
        _ => string.Format(PlanTexts.DownloadFailed, name),
    };
}
