using System.Globalization;
using System.Text.Json.Nodes;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// The receipt that replaces the form once a version is stored. In a group chat or channel everyone sees the card, so
/// it comes in two views: the submitter's (with "Sửa báo cáo" and "Đính kèm văn bản") and everyone else's (the receipt
/// only); the card's refresh, for the submitter alone, makes their client fetch their view (<see cref="RefreshVerb"/>).
/// </summary>
internal static class ReceiptCards
{
    public const string RefreshVerb = "report.receipt";
    public const string SubmissionKey = "submissionId";
    public const string SubmitterKey = "submitterId";

    /// <summary>Group chats and channels: conversations where people other than the submitter see the card.</summary>
    public static bool IsShared(Protocol.Schema.Activity activity) =>
        activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>"BC-1A2B3C4D-2": the report's short id and the version, enough to find it again.</summary>
    public static string Number(ReportReceipt receipt) =>
        string.Create(CultureInfo.InvariantCulture, $"BC-{receipt.ReportId.ToString("N")[..8].ToUpperInvariant()}-{receipt.Version}");

    public static (string Text, bool Late) Standing(ComplianceOccurrence occurrence, ReportReceipt receipt)
    {
        if (receipt.AfterConsolidation) return (ReportTexts.AfterConsolidation, true);
        var first = VietnamTime.DateOf(receipt.FirstSubmittedAt);
        var standing = ReportStanding.Of(occurrence.DueOn, first, first);
        return (ReportTexts.Standing(standing), standing.Timeliness == ReportTimeliness.Late);
    }

    /// <param name="refreshUserId">The submitter's Teams id in a shared conversation; null in a personal chat (no refresh).</param>
    /// <param name="shared">Everyone else's view: the receipt without buttons.</param>
    public static JsonObject Render(ReportTarget target, ReportReceipt receipt, string? refreshUserId = null, bool shared = false)
    {
        var occurrence = target.Occurrence;
        var (standing, late) = Standing(occurrence, receipt);
        var data = new ReportReceiptCardData(occurrence.OccurrenceId.ToString(), target.Unit.UnitId.ToString(), Number(receipt),
            ReportTexts.Time(receipt.SubmittedAt),
            receipt.Version.ToString(CultureInfo.InvariantCulture), occurrence.Description, target.Unit.UnitName, standing, late,
            ReportFormCards.PeriodOf(occurrence), occurrence.DueOn is { } due ? VietnameseDates.Date(due) : null, receipt.Author.Name,
            receipt.ReportId.ToString(), receipt.SubmissionId.ToString(), refreshUserId, shared);
        var card = CardJson.Render(CardNames.ReportReceipt, data);
        // Templating leaves a dropped property object as null (as Microsoft's engine does): no refresh means none at all.
        if (card["refresh"] is null) card.Remove("refresh");
        return card;
    }
}
