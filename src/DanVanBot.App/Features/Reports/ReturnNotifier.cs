using System.Globalization;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Proactive;
using DanVanBot.Cards;
using DanVanBot.Storage.Conversations;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// Tells the author of a returned version, in their personal chat with the bot (the stored conversation reference),
/// why it came back, followed by the form prefilled with that version to amend it. Someone who never talked to the
/// bot cannot be reached: the head is told so.
/// </summary>
internal sealed class ReturnNotifier(IConversationReferenceStore conversations, ProactiveMessenger messenger)
{
    /// <returns>Whether the message reached the author.</returns>
    public async Task<bool> TellAuthorAsync(ViewedReport viewed, string reason, string? returnedBy, CancellationToken cancellationToken)
    {
        var report = viewed.Report;
        if (report.Shown.Author.AadObjectId is not { } author
            || await conversations.FindPersonalByAadObjectIdAsync(author, cancellationToken) is not { } chat) return false;

        var occurrence = viewed.Occurrence.Occurrence;
        var text = string.Format(CultureInfo.InvariantCulture, ReportTexts.ReturnedToAuthor, occurrence.Description, viewed.Unit.UnitName,
            report.ShownVersion, returnedBy ?? "Lãnh đạo đơn vị", reason);
        var told = await messenger.SendAsync(chat, TurnAnswers.Text(text), cancellationToken);
        if (!told.Succeeded) return false;
        var form = ReportFormCards.Fresh(new ReportTarget(occurrence, viewed.Unit), report.ShownContent);
        await messenger.SendAsync(chat, CardMessage.FromCard(CardNames.ReportForm, form, ReportTexts.FormSummary), cancellationToken);
        return true;
    }
}
