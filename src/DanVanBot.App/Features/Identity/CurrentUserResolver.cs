using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Identity;

/// <summary>
/// Turns the sender of an activity into a <see cref="CurrentUser"/>: one indexed lookup by Entra object id; for a
/// person the roster knows only by UPN, one Connector call the first time (<see cref="UpnLinker"/>). Reads only,
/// except that link. Memberships in organisations of another tenant than the activity's are dropped.
/// </summary>
internal sealed class CurrentUserResolver(
    IRosterStore roster, UpnLinker linker, TenantDirectory tenants, IOptions<RosterOptions> options)
{
    private readonly HashSet<string> administrators = options.Value.Administrators
        .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public async Task<CurrentUser> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var aad = PersonIdentity.Key(activity.From?.AadObjectId);
        if (aad is null) return CurrentUser.Anonymous with { Name = activity.From?.Name };
        var tenant = PersonIdentity.Key(TurnTenant.Of(activity));

        var person = await roster.FindByAadObjectIdAsync(aad, cancellationToken);
        string? upn = person?.Upn;
        if (person is null) (person, upn) = await linker.TryLinkAsync(activity, aad, tenant, cancellationToken);
        var user = new CurrentUser
        {
            AadObjectId = aad,
            Upn = person?.Upn ?? upn,
            Name = person?.DisplayName ?? activity.From?.Name,
            TenantId = tenant,
            PersonId = person?.PersonId,
            Memberships = person?.Memberships.Where(m => SameTenant(m.OrganisationTenantId, tenant)).Select(m => m.Membership).ToList() ?? [],
            PendingJoin = person?.PendingJoin,
            IsConfiguredAdministrator = administrators.Contains(aad) || (person?.Upn ?? upn) is { } known && administrators.Contains(known),
        };
        // Only a person who belongs nowhere yet needs the tenant's organisations (to read their plans).
        return user.IsMember || user.PendingJoin is not null
            ? user
            : user with { TenantOrganisations = await tenants.OrganisationsOfAsync(tenant, cancellationToken) };
    }

    /// <summary>An organisation with no tenant yet is not bound to one; otherwise the tenants must agree.</summary>
    private static bool SameTenant(string? organisationTenant, string? activityTenant) =>
        organisationTenant is null || organisationTenant == activityTenant;
}
