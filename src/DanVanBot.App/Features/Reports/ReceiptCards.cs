using System.Globalization;
using System.Text.Json.Nodes;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>The receipt that replaces the form once a version is stored.</summary>
internal static class ReceiptCards
{
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

    public static JsonObject Render(ReportTarget target, ReportReceipt receipt)
    {
        var occurrence = target.Occurrence;
        var (standing, late) = Standing(occurrence, receipt);
        var data = new ReportReceiptCardData(occurrence.OccurrenceId.ToString(), target.Unit.UnitId.ToString(), Number(receipt),
            ReportTexts.Time(receipt.SubmittedAt),
            receipt.Version.ToString(CultureInfo.InvariantCulture), occurrence.Description, target.Unit.UnitName, standing, late,
            ReportFormCards.PeriodOf(occurrence), occurrence.DueOn is { } due ? VietnameseDates.Date(due) : null, receipt.Author.Name);
        return CardJson.Render(CardNames.ReportReceipt, data);
    }
}
