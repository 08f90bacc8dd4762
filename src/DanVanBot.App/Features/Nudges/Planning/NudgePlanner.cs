using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges.Planning;

/// <summary>One reminder the policy asks for at an instant: who, for which unit and occurrence, at which stage.</summary>
internal sealed record PlannedNudge(
    OrganisationInfo Organisation,
    NudgeOccurrence Occurrence,
    NudgeUnit Unit,
    NudgeRecipient Recipient,
    ScheduledNudge Schedule,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter);

/// <summary>
/// Decides who is reminded of what at an instant: the stages of each occurrence falling on that working day, for every
/// owing unit that has not reported, to its members (the unit head for an escalation), minus muted obligations.
/// Nothing on a day off or outside working hours. Pure reading: storing is the caller's (the scheduler; the CLI only prints).
/// </summary>
internal sealed class NudgePlanner(
    IOrganisationStore organisations,
    INudgeFeed feed,
    INudgeRoster roster,
    INudgeReachability reachability,
    IWorkingCalendar calendar,
    IOptions<NudgeOptions> options)
{
    public async Task<IReadOnlyList<PlannedNudge>> PlanAsync(DateTimeOffset at, Guid? organisationId, CancellationToken cancellationToken)
    {
        var result = new List<PlannedNudge>();
        foreach (var organisation in await organisations.ListOrganisationsAsync(cancellationToken))
        {
            if (organisationId is { } only && organisation.Id != only) continue;
            result.AddRange(await PlanOrganisationAsync(organisation, at, cancellationToken));
        }
        return result;
    }

    public async Task<IReadOnlyList<PlannedNudge>> PlanOrganisationAsync(
        OrganisationInfo organisation, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var policy = options.Value.PolicyFor(organisation.Name);
        var (day, time) = NudgeSlots.Local(at);
        if (!calendar.IsWorkingDay(day) || time < policy.SendAt || time > policy.WorkEnd) return [];

        var (from, to) = NudgeSchedule.Horizon(day, policy, calendar);
        var wanted = new List<(NudgeOccurrence Occurrence, NudgeUnit Unit, ScheduledNudge Schedule)>();
        foreach (var occurrence in await feed.DueAsync(organisation.Id, from, to, cancellationToken))
        {
            foreach (var scheduled in NudgeSchedule.On(day, occurrence.Target, policy, calendar))
                wanted.AddRange(occurrence.Units.Where(u => !u.Reported).Select(u => (occurrence, u, scheduled)));
        }
        if (wanted.Count == 0) return [];

        var people = (await roster.RecipientsAsync(wanted.Select(w => w.Unit.UnitId).Distinct().ToList(), cancellationToken))
            .ToLookup(p => p.UnitId);
        var muted = await reachability.FindMutedAsync(people.SelectMany(g => g).Select(p => p.PersonId).Distinct().ToList(), cancellationToken);
        var notBefore = NudgeSlots.At(day, policy.SendAt);
        var notAfter = NudgeSlots.At(day, policy.WorkEnd);
        var planned = new List<PlannedNudge>();
        foreach (var (occurrence, unit, scheduled) in wanted)
        {
            foreach (var person in Addressees(people[unit.UnitId].ToList(), scheduled.Stage))
            {
                if (muted.Contains((person.PersonId, occurrence.ObligationId))) continue;
                planned.Add(new PlannedNudge(organisation, occurrence, unit, person, scheduled, notBefore, notAfter));
            }
        }
        return planned;
    }

    /// <summary>Members draft the report, so they are reminded; a unit with no one but its head reminds the head.</summary>
    public static IEnumerable<NudgeRecipient> Addressees(IReadOnlyList<NudgeRecipient> inUnit, NudgeStage stage)
    {
        var heads = inUnit.Where(p => p.IsHead).DistinctBy(p => p.PersonId);
        if (stage.IsForHead) return heads;
        var members = inUnit.Where(p => !p.IsHead).DistinctBy(p => p.PersonId).ToList();
        return members.Count > 0 ? members : heads;
    }
}
