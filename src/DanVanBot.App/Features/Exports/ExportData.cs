using DanVanBot.Domain.Time;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Exports;

/// <summary>
/// Everything both documents are built from: one organisation's occurrences due in the period, each with every owing
/// unit's standing and current report (content included), as of <see cref="Today"/> (Vietnam date).
/// </summary>
internal sealed record ExportData(string OrganisationName, ExportPeriod Period, DateOnly Today, IReadOnlyList<OccurrenceCompliance> Occurrences);

/// <summary>Reads <see cref="ExportData"/> through the reports' query API (a fixed number of queries whatever the size).</summary>
internal sealed class ExportSource(IReportCompliance compliance, TimeProvider clock)
{
    public async Task<ExportData> LoadAsync(Guid organisationId, string organisationName, ExportPeriod period, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var occurrences = await compliance.ForPeriodAsync(organisationId, period.Window, today, includeContent: true, cancellationToken);
        return new ExportData(organisationName, period, today, occurrences);
    }
}
