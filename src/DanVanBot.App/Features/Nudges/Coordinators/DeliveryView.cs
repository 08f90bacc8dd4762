using System.Globalization;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>
/// "Tình hình gửi nhắc" for one organisation: the reminders of the last and the current week counted by state, the
/// failed ones with their reason, the people never reached (to ask them to install the app), and the mutes.
/// </summary>
internal sealed class DeliveryView(INudgeOutbox outbox, INudgeReachability reachability)
{
    /// <summary>Failed reminders read for the card: more could never be shown, the count says how many there are.</summary>
    public const int MaxFailedRead = 200;

    /// <summary>Failures that will recur until someone acts (install the app, unblock it, fix the roster): not a bad moment.</summary>
    private static readonly NudgeFailure[] AddressFailures =
        [NudgeFailure.BlockedByUser, NudgeFailure.NotInstalled, NudgeFailure.ConversationGone, NudgeFailure.UnknownUser, NudgeFailure.DisabledByAdmin];

    public async Task<Activity> BuildAsync(OrganisationInfo organisation, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (from, to) = Weeks(today);
        var counts = await outbox.CountByStateAsync(organisation.Id, from, to, cancellationToken);
        var failed = await outbox.ListFailedAsync(organisation.Id, from, to, MaxFailedRead, now, cancellationToken);
        var unreachable = await reachability.ListUnreachableAsync(organisation.Id, cancellationToken);
        var mutes = await reachability.ListMutesAsync(organisation.Id, cancellationToken);

        var facts = new List<NudgeOverviewFact>
        {
            Fact(CoordinatorNudgeTexts.Delivered, counts[NudgeState.Delivered] + counts[NudgeState.Acknowledged]),
            Fact(CoordinatorNudgeTexts.Acknowledged, counts[NudgeState.Acknowledged]),
            Fact(CoordinatorNudgeTexts.Failed, counts[NudgeState.Failed]),
            Fact(CoordinatorNudgeTexts.Pending, counts[NudgeState.Pending] + counts[NudgeState.Sending]),
            Fact(CoordinatorNudgeTexts.Expired, counts[NudgeState.Expired]),
            Fact(CoordinatorNudgeTexts.Cancelled, counts[NudgeState.Cancelled]),
        };
        var sections = new List<NudgeOverviewSection>();
        if (failed.Count > 0) sections.Add(new(CoordinatorNudgeTexts.FailedHeading, failed.Select(FailedLine).ToList()));
        var never = NeverReached(failed, unreachable);
        if (never.Count > 0) sections.Add(new(CoordinatorNudgeTexts.UnreachableHeading, never));
        if (mutes.Count > 0)
        {
            sections.Add(new(CoordinatorNudgeTexts.MutesHeading, mutes.Select(m => Line(CoordinatorNudgeTexts.MuteLine,
                m.PersonName ?? CoordinatorNudgeTexts.Unnamed, m.ObligationDescription ?? "", VietnameseDates.Date(DateOf(m.MutedAt)))).ToList()));
        }

        var data = new NudgeOverviewCardData(
            Format(CoordinatorNudgeTexts.DeliveryTitle, organisation.Name),
            Format(CoordinatorNudgeTexts.DeliveryPeriod, VietnameseDates.Date(from), VietnameseDates.Date(to)),
            facts, sections, counts.Values.Sum() == 0 ? CoordinatorNudgeTexts.NoReminders : null);
        return OverviewCards.Build(data, Format(CoordinatorNudgeTexts.DeliverySummary, organisation.Name),
            notListed: counts[NudgeState.Failed] - failed.Count);
    }

    /// <summary>From the Monday of last week to the Sunday of this one: what the office follows up on.</summary>
    public static (DateOnly From, DateOnly To) Weeks(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (monday.AddDays(-7), monday.AddDays(6));
    }

    /// <summary>
    /// People marked unreachable (403/404 from Teams), and people whose reminders failed for their address (no Teams
    /// identity, app not installed): someone has to ask them to install or reopen the app, or fix the roster.
    /// </summary>
    private static List<NudgeOverviewLine> NeverReached(IReadOnlyList<NudgeRecord> failed, IReadOnlyList<UnreachablePerson> unreachable)
    {
        var lines = unreachable.Select(u => (u.PersonId, Line: Line(CoordinatorNudgeTexts.UnreachableLine,
            u.PersonName ?? CoordinatorNudgeTexts.Unnamed, CoordinatorNudgeTexts.Reason(u.Reason), VietnameseDates.Date(DateOf(u.Since))))).ToList();
        var known = lines.Select(l => l.PersonId).ToHashSet();
        foreach (var person in failed.Where(n => n.Failure is { } f && AddressFailures.Contains(f)).GroupBy(n => n.PersonId))
        {
            if (known.Contains(person.Key)) continue;
            var first = person.MinBy(n => n.Day)!;
            lines.Add((person.Key, Line(CoordinatorNudgeTexts.UnreachableLine, first.PersonName ?? CoordinatorNudgeTexts.Unnamed,
                CoordinatorNudgeTexts.Reason(first.Failure), VietnameseDates.Date(first.Day))));
        }
        return lines.Select(l => l.Line).ToList();
    }

    private static NudgeOverviewLine FailedLine(NudgeRecord nudge)
    {
        var card = NudgeCards.Read(nudge.CardData).Card;
        return Line(CoordinatorNudgeTexts.FailedLine, nudge.PersonName ?? CoordinatorNudgeTexts.Unnamed, card.UnitName,
            CoordinatorNudgeTexts.Reason(nudge.Failure), card.Description, VietnameseDates.Date(nudge.Day));
    }

    private static NudgeOverviewFact Fact(string title, int count) => new(title, count.ToString(CultureInfo.InvariantCulture));

    private static NudgeOverviewLine Line(string format, params object[] args) => new(Format(format, args));

    private static DateOnly DateOf(DateTimeOffset instant) => Domain.Time.VietnamTime.DateOf(instant);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
