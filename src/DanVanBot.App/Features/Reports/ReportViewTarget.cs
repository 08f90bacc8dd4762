using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>A stored report as "Xem báo cáo" shows it: one version, its occurrence, its unit's standing.</summary>
internal sealed record ViewedReport(ReportDetails Report, OccurrenceCompliance Occurrence, UnitCompliance Unit);

/// <summary>
/// What a "Xem báo cáo" button opens, read once per turn for the gate (whose organisation?) and the handler. Unknown
/// ids and versions are no report.
/// </summary>
internal sealed class ReportViewTarget(IReportStore reports, IReportCompliance compliance, TimeProvider clock)
{
    public const string Verb = "report.view";
    public const string ReportKey = "reportId";
    public const string VersionKey = "version";

    private Task<ViewedReport?>? viewed;

    public static ScopeLocator Scope { get; } = async (turn, _) =>
        await turn.Services.GetRequiredService<ReportViewTarget>().FromCardAsync(turn) is { } found
            ? new AccessScope(found.Occurrence.Occurrence.OrganisationId, found.Occurrence.Occurrence.OrganisationName, found.Unit.UnitId, found.Unit.UnitName)
            : null;

    public Task<ViewedReport?> FromCardAsync(TurnContext turn) => viewed ??= LoadAsync(turn);

    /// <summary>The same report read again, after this turn changed it.</summary>
    public Task<ViewedReport?> ReloadAsync(TurnContext turn) => viewed = LoadAsync(turn);

    private async Task<ViewedReport?> LoadAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity);
        if (!Guid.TryParse(action?.GetString(ReportKey), out var reportId)) return null;
        int? version = int.TryParse(action!.GetString(VersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        var report = await reports.FindReportByIdAsync(reportId, version, turn.CancellationToken);
        if (report is null || (version is not null && report.ShownVersion != version)) return null;
        var occurrence = await compliance.ForUnitsAsync(report.OccurrenceId, [report.UnitId], VietnamTime.Today(clock), turn.CancellationToken);
        var unit = occurrence?.Units.FirstOrDefault();
        return occurrence is null || unit is null ? null : new ViewedReport(report, occurrence, unit);
    }
}
