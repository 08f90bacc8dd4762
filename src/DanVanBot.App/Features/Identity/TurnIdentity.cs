using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Identity;

/// <summary>The turn's current user, resolved once (scoped to the turn) and shared by the access gate and the handler.</summary>
internal sealed class TurnIdentity(CurrentUserResolver resolver)
{
    private Task<CurrentUser>? current;

    public Task<CurrentUser> GetAsync(TurnContext turn) =>
        current ??= resolver.ResolveAsync(turn.Activity, turn.CancellationToken);
}

internal static class TurnIdentityExtensions
{
    /// <summary>Who sent this turn (see <see cref="CurrentUser"/>); resolved at most once per turn.</summary>
    public static Task<CurrentUser> CurrentUserAsync(this TurnContext turn) =>
        turn.Services.GetRequiredService<TurnIdentity>().GetAsync(turn);
}
