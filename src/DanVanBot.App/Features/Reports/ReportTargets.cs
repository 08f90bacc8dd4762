using DanVanBot.App.Features.Identity;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>An occurrence and one unit that owes it: what a report form is about.</summary>
internal sealed record ReportTarget(ComplianceOccurrence Occurrence, UnitCompliance Unit);

/// <summary>
/// What a report button acts on, read once per turn for the access gate (whose unit is it?) and the handler. The card
/// carries the occurrence and usually the unit; a "Báo cáo" button on a due answer carries only the occurrence, and
/// the unit is the presser's own unit that owes it. Anything else (an unknown id, a unit that does not owe the
/// occurrence, an occurrence of another organisation) is no target.
/// </summary>
internal sealed class ReportTargets(IReportCompliance compliance, TimeProvider clock)
{
    public const string OccurrenceKey = "occurrenceId";
    public const string UnitKey = "unitId";

    private Task<ReportTarget?>? target;

    public static ScopeLocator Scope { get; } = async (turn, user) =>
        await turn.Services.GetRequiredService<ReportTargets>().FromCardAsync(turn, user) is { } found
            ? new AccessScope(found.Occurrence.OrganisationId, found.Occurrence.OrganisationName, found.Unit.UnitId, found.Unit.UnitName)
            : null;

    public Task<ReportTarget?> FromCardAsync(TurnContext turn, CurrentUser user) => target ??= LoadAsync(turn, user);

    private async Task<ReportTarget?> LoadAsync(TurnContext turn, CurrentUser user)
    {
        var action = CardAction.TryRead(turn.Activity);
        if (!Guid.TryParse(action?.GetString(OccurrenceKey), out var occurrenceId)) return null;
        var occurrence = await compliance.ForOccurrenceAsync(occurrenceId, VietnamTime.Today(clock), cancellationToken: turn.CancellationToken);
        if (occurrence is null) return null;

        var named = action!.GetString(UnitKey);
        UnitCompliance? unit;
        if (named is null)
        {
            unit = occurrence.Units.FirstOrDefault(u => user.MayReportFor(u.UnitId));
        }
        else
        {
            unit = Guid.TryParse(named, out var unitId) ? occurrence.Units.FirstOrDefault(u => u.UnitId == unitId) : null;
        }
        return unit is null ? null : new ReportTarget(occurrence.Occurrence, unit);
    }
}
