using System.Collections.Concurrent;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Identity;

/// <summary>
/// Teams activities carry the sender's object id but never their UPN, while rosters (and
/// <c>Roster:Administrators</c>) are often written by UPN. When someone the roster does not know writes, and the
/// roster has people known only by UPN (or administrators are named by UPN), the Connector's member API tells
/// this person's UPN, and a waiting roster row gets their object id. What was learnt is kept a while, so an
/// unknown person's every message does not cost a Connector call.
/// </summary>
internal sealed class UpnLinker(
    IRosterStore roster, IConnectorClient connector, IOptions<RosterOptions> options, TimeProvider clock, ILogger<UpnLinker> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, string? Upn)> learnt = new(StringComparer.Ordinal);
    private readonly bool administratorsByUpn = options.Value.Administrators.Any(a => a.Contains('@', StringComparison.Ordinal));

    /// <returns>The linked person (null when none waited for this UPN) and the UPN when the Connector told it.</returns>
    public async Task<(RosterPerson? Person, string? Upn)> TryLinkAsync(
        Activity activity, string aad, string? tenant, CancellationToken cancellationToken)
    {
        if (learnt.TryGetValue(aad, out var known) && clock.GetUtcNow() - known.At < KeepFor) return (null, known.Upn);
        if (string.IsNullOrEmpty(activity.ServiceUrl) || activity.Conversation?.Id is not { } conversation || activity.From?.Id is not { } userId)
            return (null, null);
        if (!administratorsByUpn && !await roster.HasPeopleWithoutObjectIdAsync(cancellationToken)) return (null, null);

        var member = await connector.GetMemberAsync(activity.ServiceUrl, conversation, userId, cancellationToken);
        var upn = PersonIdentity.Key(member.Value?.UserPrincipalName ?? member.Value?.Email);
        if (learnt.Count > 100_000) learnt.Clear();
        learnt[aad] = (clock.GetUtcNow(), upn);
        if (!member.Succeeded || upn is null)
        {
            Log.UpnUnknown(logger, aad, member.Outcome.ToString());
            return (null, null);
        }
        return (await roster.LinkObjectIdAsync(new PersonIdentity(aad, upn, activity.From.Name, tenant), cancellationToken), upn);
    }
}
