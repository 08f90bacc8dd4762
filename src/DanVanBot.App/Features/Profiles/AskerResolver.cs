using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Profiles;

namespace DanVanBot.App.Features.Profiles;

/// <summary>The asker of a turn as the profile store remembers them.</summary>
/// <param name="ShouldOfferPicker">True the first time only: no profile row exists yet for this user.</param>
internal sealed record TurnAsker(Asker Asker, string? UserKey, bool ShouldOfferPicker);

/// <summary>
/// Reads the user's remembered organisation and unit. A profile row with no unit means "we already
/// asked": the picker is offered once, and a user who ignores it is not asked again on every question.
/// </summary>
internal sealed class AskerResolver(IUserProfileStore profiles, IOrganisationStore organisations)
{
    public async Task<TurnAsker> ResolveAsync(TurnContext turn)
    {
        var key = UserKey(turn);
        if (key is null) return new TurnAsker(Asker.Unknown, null, ShouldOfferPicker: false);
        var profile = await profiles.GetAsync(key, turn.CancellationToken);
        if (profile is null) return new TurnAsker(Asker.Unknown, key, ShouldOfferPicker: true);
        var unit = profile.UnitId is { } unitId ? await organisations.FindUnitAsync(unitId, turn.CancellationToken) : null;
        return new TurnAsker(new Asker(profile.OrganisationId, profile.UnitId, unit?.IsCoordinator == true), key, ShouldOfferPicker: false);
    }

    /// <summary>Remembers that the picker was shown, without a unit yet.</summary>
    public Task MarkAskedAsync(TurnContext turn, string userKey) =>
        profiles.SetAsync(new UserProfile(userKey, turn.Activity.From?.Id, turn.Activity.From?.Name, null, null), turn.CancellationToken);

    public Task<UserProfile> SaveUnitAsync(TurnContext turn, string userKey, Guid organisationId, Guid unitId) =>
        profiles.SetAsync(
            new UserProfile(userKey, turn.Activity.From?.Id, turn.Activity.From?.Name, organisationId, unitId), turn.CancellationToken);

    /// <summary>The Entra object id when the channel sends it (Teams does), else the channel's user id.</summary>
    public static string? UserKey(TurnContext turn) =>
        turn.Activity.From is { } from ? (string.IsNullOrWhiteSpace(from.AadObjectId) ? from.Id : from.AadObjectId) : null;
}
