using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Profiles;

namespace DanVanBot.App.Features.Plans;

internal enum AccessStatus { Allowed, NoUnit, NotCoordinator }

/// <summary>Whether the user may import plans and set dates, and for which organisation.</summary>
internal sealed record PlanAccess(AccessStatus Status, UnitInfo? Unit = null)
{
    public string? UserKey { get; init; }
}

/// <summary>
/// Importing and dating are the coordinating office's work (the Nội vụ office). For now that means: the unit
/// the user chose (remembered in their profile) is a coordinating unit. A user with no unit yet is asked to
/// choose one first.
/// </summary>
internal sealed class CoordinatorAccess(IUserProfileStore profiles, IOrganisationStore organisations)
{
    public async Task<PlanAccess> CheckAsync(TurnContext turn)
    {
        var key = UserKey(turn);
        var profile = key is null ? null : await profiles.GetAsync(key, turn.CancellationToken);
        if (profile?.UnitId is not { } unitId) return new PlanAccess(AccessStatus.NoUnit) { UserKey = key };
        var unit = await organisations.FindUnitAsync(unitId, turn.CancellationToken);
        if (unit is null) return new PlanAccess(AccessStatus.NoUnit) { UserKey = key };
        return new PlanAccess(unit.IsCoordinator ? AccessStatus.Allowed : AccessStatus.NotCoordinator, unit) { UserKey = key };
    }

    /// <summary>The Entra object id when the channel sends it (Teams does), else the channel's user id — the profile key.</summary>
    public static string? UserKey(TurnContext turn) =>
        turn.Activity.From is { } from ? (string.IsNullOrWhiteSpace(from.AadObjectId) ? from.Id : from.AadObjectId) : null;
}
