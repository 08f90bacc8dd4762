using System.Threading.Channels;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Features.Reports;
using DanVanBot.Storage.Nudges;

namespace DanVanBot.App.Features.Nudges.Sending;

/// <summary>
/// A unit reported: its waiting reminders for the occurrence are cancelled at once (inside the submit, so none leaves
/// after the receipt), and the cards its people already got are changed to "đã nộp" in the background (Connector
/// update activity, paced like any send), so the submit answers within the invoke's time whatever the unit's size.
/// A card left unchanged by a crash is only cosmetic: nothing more is sent for the occurrence.
/// </summary>
internal sealed partial class NudgeReportSettler(
    INudgeOutbox outbox, NudgeSender sender, TimeProvider clock, ILogger<NudgeReportSettler> logger)
    : BackgroundService, IReportSubmitted
{
    private readonly Channel<NudgeRecord> toRefresh = Channel.CreateUnbounded<NudgeRecord>();

    public async Task ReportSubmittedAsync(Guid occurrenceId, Guid unitId, CancellationToken cancellationToken)
    {
        var delivered = await outbox.SettleForReportAsync(occurrenceId, unitId, clock.GetUtcNow(), cancellationToken);
        foreach (var nudge in delivered) toRefresh.Writer.TryWrite(nudge);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var nudge in toRefresh.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var message = NudgeCards.Read(nudge.CardData);
                var reported = message.Card with { StatusText = NudgeTexts.Reported, ShowActions = false };
                if (!await sender.UpdateAsync(nudge, NudgeCards.Activity(nudge.Id, message, reported), stoppingToken)) LogNotUpdated(nudge.Id);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogNotUpdated(nudge.Id, error);
            }
        }
    }

    [LoggerMessage(12010, LogLevel.Warning, "Reminders: the card of {NudgeId} could not be changed to \"đã nộp\"")]
    private partial void LogNotUpdated(Guid nudgeId, Exception? error = null);
}
