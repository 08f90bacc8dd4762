using DanVanBot.App.Features.Identity;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Plans;

/// <summary>A pending import, the plan its preview showed, and the organisation it would be filed under.</summary>
internal sealed record PublishTarget(PendingPlanImport Import, ParsedPlan? Plan, OrganisationInfo Organisation);

/// <summary>
/// What "Xuất bản"/"Hủy" and "Lưu hạn" act on, read once per turn for the access gate (whose organisation is it?)
/// and the handler. Plans belong to organisations: a plan that names an organisation of the roster is that
/// organisation's (only its coordinators may publish or re-import it); a plan that names none the roster knows
/// is filed under the publishing coordinator's own organisation, never a new one.
/// </summary>
internal sealed class PlanTargets(IPendingPlanImportStore pending, IOrganisationStore organisations, IOccurrenceDatingLookup occurrences)
{
    private Task<PublishTarget?>? publish;
    private Task<OccurrenceForDating?>? dating;

    public static ScopeLocator PendingImportScope { get; } = async (turn, user) =>
        await turn.Services.GetRequiredService<PlanTargets>().PublishAsync(turn, user) is { } target
            ? new AccessScope(target.Organisation.Id, target.Organisation.Name)
            : null;

    public static ScopeLocator OccurrenceScope { get; } = async (turn, _) =>
    {
        var targets = turn.Services.GetRequiredService<PlanTargets>();
        if (await targets.DatingAsync(turn) is not { } occurrence) return null;
        return new AccessScope(occurrence.OrganisationId, await targets.OrganisationNameAsync(occurrence.OrganisationId, turn.CancellationToken));
    };

    public Task<PublishTarget?> PublishAsync(TurnContext turn, CurrentUser user) => publish ??= LoadPublishAsync(turn, user);

    public Task<OccurrenceForDating?> DatingAsync(TurnContext turn) => dating ??= LoadDatingAsync(turn);

    private async Task<PublishTarget?> LoadPublishAsync(TurnContext turn, CurrentUser user)
    {
        var action = CardAction.TryRead(turn.Activity);
        if (!Guid.TryParse(action?.GetString("importId"), out var importId)) return null;
        var import = await pending.FindAsync(importId, turn.CancellationToken);
        if (import is null) return null;
        // The parse the preview showed (kept with the import), never the document read again.
        var plan = PreviewedPlan.TryRead(import.Content);
        var named = plan is null ? null : await NamedOrganisationAsync(plan, turn.CancellationToken);
        var own = await OwnOrganisationAsync(user, turn.CancellationToken);
        return (named ?? own) is { } organisation ? new PublishTarget(import, plan, organisation) : null;
    }

    private async Task<string?> OrganisationNameAsync(Guid organisationId, CancellationToken cancellationToken) =>
        (await organisations.ListOrganisationsAsync(cancellationToken)).FirstOrDefault(o => o.Id == organisationId)?.Name;

    private async Task<OrganisationInfo?> NamedOrganisationAsync(ParsedPlan plan, CancellationToken cancellationToken)
    {
        foreach (var name in new[] { plan.Issuer, plan.Locality })
        {
            if (!string.IsNullOrWhiteSpace(name) && await organisations.FindOrganisationByNameAsync(name, cancellationToken) is { } found)
                return found;
        }
        return null;
    }

    private async Task<OrganisationInfo?> OwnOrganisationAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var coordinated = user.CoordinatedOrganisations;
        return (await organisations.ListOrganisationsAsync(cancellationToken)).FirstOrDefault(o => coordinated.Contains(o.Id));
    }

    private async Task<OccurrenceForDating?> LoadDatingAsync(TurnContext turn) =>
        Guid.TryParse(CardAction.TryRead(turn.Activity)?.GetString(SetDateCards.OccurrenceKey), out var id)
            ? await occurrences.FindAsync(id, turn.CancellationToken)
            : null;
}
