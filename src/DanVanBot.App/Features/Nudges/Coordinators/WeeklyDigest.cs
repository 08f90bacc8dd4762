using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Features.Nudges.Sending;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>
/// The coordinators' digest: on the week's digest day (Monday by default; a holiday Monday moves it to the next working
/// day) at the send time, once per organisation and week across instances (<see cref="IJobRuns"/>), one message per
/// coordinator through the outbox and the sender like any reminder. Outbox key: (no occurrence, the organisation in the
/// unit's place, the coordinator, "digest-yyyyMMdd" of the week's Monday), so a restart never sends it twice either.
/// </summary>
internal sealed class WeeklyDigest(
    INudgeFeed feed,
    IUnitMemberDirectory directory,
    INudgeAddressBook addresses,
    INudgeOutbox outbox,
    IJobRuns jobs,
    IWorkingCalendar calendar,
    NudgeInstance instance,
    IOptions<NudgeOptions> options,
    TimeProvider clock)
{
    /// <summary>Past deadlines this far back still count as "late" in the digest.</summary>
    public const int OverdueDays = 30;

    private static readonly TimeSpan JobLease = TimeSpan.FromMinutes(10);

    /// <summary>The day the digest of <paramref name="day"/>'s week goes out, and the week's first day (its key).</summary>
    public static (DateOnly DigestDay, DateOnly WeekStart) DigestDayOf(DateOnly day, NudgePolicy policy, IWorkingCalendar calendar)
    {
        var weekStart = day.AddDays(-(((int)day.DayOfWeek - (int)policy.DigestDay + 7) % 7));
        return (calendar.NextWorkingDayOnOrAfter(weekStart), weekStart);
    }

    /// <summary>Sends the organisation's digest if <paramref name="now"/> is its time and no instance has; returns how many were queued.</summary>
    public async Task<int> RunAsync(OrganisationInfo organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = options.Value.PolicyFor(organisation.Name);
        var (day, time) = NudgeSlots.Local(now);
        var (digestDay, weekStart) = DigestDayOf(day, policy, calendar);
        if (digestDay != day || !calendar.IsWorkingDay(day) || time < policy.SendAt || time > policy.WorkEnd) return 0;
        var key = $"digest:{organisation.Id:N}:{weekStart:yyyy-MM-dd}";
        if (!await jobs.TryStartAsync(key, instance.Id, now, JobLease, cancellationToken)) return 0;

        var coordinators = await directory.CoordinatorsOfAsync(organisation.Id, cancellationToken);
        var stored = 0;
        if (coordinators.Count > 0)
        {
            var upcoming = await feed.DueAsync(organisation.Id, day, day.AddDays(policy.DigestHorizonDays), cancellationToken);
            var past = await feed.DueAsync(organisation.Id, day.AddDays(-OverdueDays), day.AddDays(-1), cancellationToken);
            var message = DigestCards.Compose(organisation, day, policy.DigestHorizonDays, upcoming, past);
            var drafts = await DraftsAsync(organisation, coordinators, message, $"digest-{weekStart:yyyyMMdd}", now, NudgeSlots.At(day, policy.WorkEnd), cancellationToken);
            stored = await outbox.EnqueueAsync(drafts, cancellationToken);
        }
        await jobs.CompleteAsync(key, instance.Id, clock.GetUtcNow(), cancellationToken);
        return stored;
    }

    private async Task<List<NudgeDraft>> DraftsAsync(
        OrganisationInfo organisation, IReadOnlyList<UnitMember> coordinators, NudgeMessage message, string stage,
        DateTimeOffset notBefore, DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        var card = NudgeCards.Serialize(message);
        var day = NudgeSlots.Local(notBefore).Day;
        var found = await addresses.FindPersonalAsync(
            coordinators.Where(c => c.AadObjectId is not null).Select(c => c.AadObjectId!).ToList(), cancellationToken);
        var drafts = new List<NudgeDraft>(coordinators.Count);
        foreach (var person in coordinators.DistinctBy(c => c.PersonId))
        {
            var aad = person.AadObjectId?.ToLowerInvariant();
            var address = aad is not null ? found.GetValueOrDefault(aad) : null;
            var tenant = address?.TenantId ?? person.TenantId;
            var serviceUrl = address?.ServiceUrl ?? (tenant is null ? null : await addresses.LatestServiceUrlAsync(tenant, cancellationToken));
            drafts.Add(new NudgeDraft(Guid.Empty, organisation.Id, person.PersonId, stage, organisation.Id, Guid.Empty, tenant, aad,
                person.DisplayName, day, day, notBefore, notAfter, serviceUrl, address?.ConversationId, card));
        }
        return drafts;
    }
}
