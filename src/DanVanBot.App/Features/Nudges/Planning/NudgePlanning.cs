using DanVanBot.Domain.Calendar;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Nudges.Planning;

/// <summary>
/// Turns planned reminders into outbox rows: the card fixed now, the person's 1:1 conversation when the bot has one
/// (else the sender creates it), and the tenant's latest serviceUrl for creating one.
/// </summary>
internal sealed class NudgePlanning(
    NudgePlanner planner,
    INudgeOutbox outbox,
    INudgeAddressBook addresses,
    IWorkingCalendar calendar)
{
    /// <summary>Plans the organisation's reminders for <paramref name="at"/> and stores them; returns (planned, new).</summary>
    public async Task<(int Planned, int Stored)> PlanAndStoreAsync(
        OrganisationInfo organisation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var planned = await planner.PlanOrganisationAsync(organisation, at, cancellationToken);
        if (planned.Count == 0) return (0, 0);
        var drafts = await DraftsAsync(planned, cancellationToken);
        return (planned.Count, await outbox.EnqueueAsync(drafts, cancellationToken));
    }

    public async Task<IReadOnlyList<NudgeDraft>> DraftsAsync(IReadOnlyList<PlannedNudge> planned, CancellationToken cancellationToken)
    {
        var found = await addresses.FindPersonalAsync(
            planned.Where(p => p.Recipient.AadObjectId is not null).Select(p => p.Recipient.AadObjectId!).ToList(), cancellationToken);
        var cards = new Dictionary<(Guid, Guid, string), string>();
        var tenantUrls = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var drafts = new List<NudgeDraft>(planned.Count);
        foreach (var p in planned)
        {
            var key = (p.Occurrence.OccurrenceId, p.Unit.UnitId, p.Schedule.Stage.Key);
            if (!cards.TryGetValue(key, out var card)) cards[key] = card = NudgeCards.Serialize(NudgeCards.Compose(p, calendar));
            var aad = p.Recipient.AadObjectId?.ToLowerInvariant();
            var address = aad is not null ? found.GetValueOrDefault(aad) : null;
            var tenant = address?.TenantId ?? p.Recipient.TenantId;
            var serviceUrl = address?.ServiceUrl;
            if (serviceUrl is null && tenant is not null)
            {
                if (!tenantUrls.TryGetValue(tenant, out serviceUrl))
                    tenantUrls[tenant] = serviceUrl = await addresses.LatestServiceUrlAsync(tenant, cancellationToken);
            }
            drafts.Add(new NudgeDraft(p.Occurrence.OccurrenceId, p.Unit.UnitId, p.Recipient.PersonId, p.Schedule.Stage.Key,
                p.Organisation.Id, p.Occurrence.ObligationId, tenant, aad, p.Recipient.Name, p.Occurrence.Target.LastDay,
                p.Schedule.Day, p.NotBefore, p.NotAfter, serviceUrl, address?.ConversationId, card));
        }
        return drafts;
    }
}
