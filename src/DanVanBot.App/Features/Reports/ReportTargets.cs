using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
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

    /// <summary>The card's target; when there is none, the presser is told so and null comes back.</summary>
    public async Task<ReportTarget?> FromCardOrAnswerAsync(TurnContext turn, CardAction action, CurrentUser user)
    {
        if (await FromCardAsync(turn, user) is { } found) return found;
        await turn.AnswerActionAsync(action, ReportTexts.TargetUnknown);
        return null;
    }

    private async Task<ReportTarget?> LoadAsync(TurnContext turn, CurrentUser user)
    {
        var action = CardAction.TryRead(turn.Activity);
        if (!Guid.TryParse(action?.GetString(OccurrenceKey), out var occurrenceId)) return null;
        var named = action!.GetString(UnitKey);
        IReadOnlyCollection<Guid> candidates;
        if (named is null)
        {
            candidates = user.Memberships.Where(m => m.Role.ReportsForUnit()).Select(m => m.UnitId).ToList();
        }
        else
        {
            if (!Guid.TryParse(named, out var unitId)) return null;
            candidates = [unitId];
        }
        // Only the candidate units are read: a province's occurrence is owed by thousands.
        var occurrence = await compliance.ForUnitsAsync(occurrenceId, candidates, VietnamTime.Today(clock), turn.CancellationToken);
        var unit = occurrence?.Units.FirstOrDefault();
        return unit is null ? null : new ReportTarget(occurrence!.Occurrence, unit);
    }
}
