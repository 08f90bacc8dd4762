using System.Globalization;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// The coordinating office's compliance card. Counts are always complete; names and "Xem báo cáo" buttons are cut
/// short so a province's card stays under the Teams size limit, and occurrences are halved until it fits.
/// </summary>
internal static class ComplianceCards
{
    public const int MaxNamesPerList = 15;
    public const int MaxReportButtons = 6;

    public static Activity Build(string periodLabel, IReadOnlyList<OccurrenceCompliance> found, NearestDeadlines? nearest, DateWindow? period = null)
    {
        var organisations = string.Join(", ", found.Select(o => o.Occurrence.OrganisationName).Distinct(StringComparer.Ordinal));
        var summary = string.Format(CultureInfo.InvariantCulture, ReportTexts.ComplianceSummary, periodLabel);
        for (var size = Math.Max(found.Count, 1); ; size = Math.Max(1, size / 2))
        {
            var shown = found.Take(size).Select(Occurrence).ToList();
            var more = found.Count > size
                ? string.Format(CultureInfo.InvariantCulture, ReportTexts.MoreOccurrences, found.Count - size)
                : null;
            var data = new ComplianceCardData(periodLabel, shown, organisations.Length == 0 ? null : organisations,
                Deadline(nearest?.Previous), Deadline(nearest?.Next), more, Export(period));
            try
            {
                return CardMessage.Create(CardNames.ReportCompliance, data, summary);
            }
            catch (CardTooLargeException) when (size > 1)
            {
                // Fewer occurrences per card; the question can name a shorter period for the rest.
            }
        }
    }

    private static ComplianceCardOccurrence Occurrence(OccurrenceCompliance o)
    {
        // A report its unit's head sent back still counts as sent (its first day decides on time or late), marked.
        static string Returned(UnitCompliance u) => u.Status == ReportStatus.Returned ? ReportTexts.ReturnedMark : "";
        var onTime = o.With(ReportTimeliness.OnTime).Select(u => u.UnitName + Returned(u)).ToList();
        var late = o.With(ReportTimeliness.Late).Select(u => $"{u.UnitName} ({u.Standing.DaysLate} ngày){Returned(u)}").ToList();
        var missing = o.Units.Where(u => !u.Standing.Submitted).Select(u => u.Standing.Timeliness == ReportTimeliness.Overdue
            ? $"{u.UnitName} (quá hạn {u.Standing.DaysLate} ngày)"
            : u.UnitName).ToList();
        var reports = o.Units.Where(u => u.ReportId is not null).Take(MaxReportButtons)
            .Select(u => new ComplianceCardReport(u.ReportId!.Value.ToString(), u.UnitName)).ToList();
        return new ComplianceCardOccurrence(o.Occurrence.Description,
            o.Occurrence.DueOn is { } due ? VietnameseDates.Date(due) : ReportTexts.NoDueDate,
            Count(onTime.Count), Count(late.Count), Count(missing.Count), Names(onTime), Names(late), Names(missing), reports);
    }

    /// <summary>The export buttons' period, as the card's data carries it (yyyy-MM-dd).</summary>
    private static ComplianceCardExport? Export(DateWindow? period) => period is { } window
        ? new ComplianceCardExport(window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : null;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string? Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        _ => UnitNameList.Join(names, MaxNamesPerList),
    };

    private static string? Deadline(ComplianceOccurrence? occurrence) =>
        occurrence?.DueOn is { } due ? $"{occurrence.Description} ({occurrence.OrganisationName}), hạn {VietnameseDates.Date(due)}" : null;
}
