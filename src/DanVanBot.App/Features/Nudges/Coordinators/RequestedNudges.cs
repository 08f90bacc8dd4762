using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>One unit that has not reported: who would be reminded, and how many of its people muted the obligation.</summary>
internal sealed record RequestedUnit(NudgeUnit Unit, IReadOnlyList<NudgeRecipient> People, int Muted);

/// <summary>What "Gửi nhắc" would send for one occurrence: the owing units that have not reported, and the reminders.</summary>
internal sealed record RequestedNudgePlan(
    OrganisationInfo Organisation, NudgeOccurrence Occurrence, IReadOnlyList<RequestedUnit> Units, int ReportedUnits,
    IReadOnlyList<PlannedNudge> Planned, DateTimeOffset NotBefore);

/// <summary>
/// "Nhắc các đơn vị chưa nộp": the occurrences still owed, and for one of them the reminders a coordinator may send now,
/// as the scheduler would plan them (members, or the head of a unit with no one else; minus mutes) under the stage
/// "requested-yyyyMMdd", so the outbox's unique key lets each person get one per day however often it is pressed.
/// Units that have reported are never included; the dispatcher checks again when it sends.
/// </summary>
internal sealed class RequestedNudges(
    INudgeFeed feed,
    INudgeRoster roster,
    INudgeReachability reachability,
    IOccurrenceDatingLookup occurrences,
    IOrganisationStore organisations,
    IWorkingCalendar calendar,
    IOptions<NudgeOptions> options)
{
    /// <summary>Deadlines this far back are still chased (overdue units); this far ahead may be reminded early.</summary>
    public const int PastDays = 30;
    public const int AheadDays = 45;

    /// <summary>The occurrences of these organisations with units that have not reported, nearest deadline first.</summary>
    public async Task<IReadOnlyList<(OrganisationInfo Organisation, NudgeOccurrence Occurrence)>> OpenAsync(
        IReadOnlyCollection<Guid> organisationIds, DateOnly today, CancellationToken cancellationToken)
    {
        var open = new List<(OrganisationInfo, NudgeOccurrence)>();
        foreach (var organisation in (await organisations.ListOrganisationsAsync(cancellationToken)).Where(o => organisationIds.Contains(o.Id)))
        {
            var due = await feed.DueAsync(organisation.Id, today.AddDays(-PastDays), today.AddDays(AheadDays), cancellationToken);
            open.AddRange(due.Where(o => o.Units.Any(u => !u.Reported)).Select(o => (organisation, o)));
        }
        return open.OrderBy(o => Math.Abs(o.Item2.Target.LastDay.DayNumber - today.DayNumber)).ThenBy(o => o.Item2.Target.LastDay).ToList();
    }

    /// <summary>The plan for one occurrence at <paramref name="now"/>; null when it no longer exists or has no date.</summary>
    public async Task<RequestedNudgePlan?> PlanAsync(Guid occurrenceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await occurrences.FindAsync(occurrenceId, cancellationToken) is not { } found) return null;
        if ((found.AssignedLastDay ?? found.PlanLastDay) is not { } lastDay) return null;
        var organisation = (await organisations.ListOrganisationsAsync(cancellationToken)).FirstOrDefault(o => o.Id == found.OrganisationId);
        if (organisation is null) return null;
        var occurrence = (await feed.DueAsync(organisation.Id, lastDay, lastDay, cancellationToken)).FirstOrDefault(o => o.OccurrenceId == occurrenceId);
        return occurrence is null ? null : await PlanAsync(organisation, occurrence, now, cancellationToken);
    }

    public async Task<RequestedNudgePlan> PlanAsync(
        OrganisationInfo organisation, NudgeOccurrence occurrence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = options.Value.PolicyFor(organisation.Name);
        var (notBefore, notAfter) = Slot(now, policy);
        var day = NudgeSlots.Local(notBefore).Day;
        var schedule = new ScheduledNudge(NudgeStage.RequestedOn(day), day, calendar.LastWorkingDayOnOrBefore(occurrence.Target.LastDay));
        var owing = occurrence.Units.Where(u => !u.Reported).DistinctBy(u => u.UnitId).ToList();
        var people = (await roster.RecipientsAsync(owing.Select(u => u.UnitId).ToList(), cancellationToken)).ToLookup(p => p.UnitId);
        var muted = await reachability.FindMutedAsync(people.SelectMany(g => g).Select(p => p.PersonId).Distinct().ToList(), cancellationToken);

        var units = new List<RequestedUnit>(owing.Count);
        var planned = new List<PlannedNudge>();
        foreach (var unit in owing)
        {
            var addressees = NudgePlanner.Addressees(people[unit.UnitId].ToList(), schedule.Stage).ToList();
            var reminded = addressees.Where(p => !muted.Contains((p.PersonId, occurrence.ObligationId))).ToList();
            units.Add(new RequestedUnit(unit, reminded, addressees.Count - reminded.Count));
            planned.AddRange(reminded.Select(p => new PlannedNudge(organisation, occurrence, unit, p, schedule, notBefore, notAfter)));
        }
        var reported = occurrence.Units.Where(u => u.Reported).Select(u => u.UnitId).Distinct().Count();
        return new RequestedNudgePlan(organisation, occurrence, units, reported, planned, notBefore);
    }

    /// <summary>Now, within working hours of a working day; otherwise the next working day's send time. Never in the evening.</summary>
    private (DateTimeOffset NotBefore, DateTimeOffset NotAfter) Slot(DateTimeOffset now, NudgePolicy policy)
    {
        var (day, time) = NudgeSlots.Local(now);
        var start = calendar.IsWorkingDay(day) && policy.IsWithinWorkingHours(time) ? now : NudgeSlots.NextSendTime(now, policy, calendar);
        return (start, NudgeSlots.At(NudgeSlots.Local(start).Day, policy.WorkEnd));
    }
}
