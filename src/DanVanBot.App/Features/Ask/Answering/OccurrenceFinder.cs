using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Dated occurrences for an asker, turned into answer items: across every organisation when the
/// asker's is unknown, limited to the asker's unit (and its group) when known, with the working-day
/// note and the unit's report status.
/// </summary>
internal sealed class OccurrenceFinder(
    IPlanStore plans, IOrganisationStore organisations, IReportStore reports, IWorkingCalendar calendar)
{
    /// <summary>How far ahead "the next deadline" is looked for after an empty answer.</summary>
    private const int NextDeadlineYears = 5;

    public async Task<IReadOnlyList<Guid>> OrganisationsOfAsync(Asker asker, CancellationToken cancellationToken) =>
        asker.OrganisationId is { } known ? [known]
        : asker.Organisations ?? (await organisations.ListOrganisationsAsync(cancellationToken)).Select(o => o.Id).ToList();

    public async Task<List<DueOccurrence>> FindAsync(
        Asker asker, DateWindow window, Guid? unitId, CancellationToken cancellationToken)
    {
        var found = new List<DueOccurrence>();
        foreach (var organisationId in await OrganisationsOfAsync(asker, cancellationToken))
            found.AddRange(await plans.FindDueAsync(organisationId, window, unitId, cancellationToken));
        return found.OrderBy(d => d.DueOn).ThenBy(d => d.PlanTitle, StringComparer.Ordinal)
            .ThenBy(d => d.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>The first occurrence due on or after <paramref name="from"/> that <paramref name="accept"/> keeps.</summary>
    public async Task<AnswerItem?> NextAsync(
        Asker asker, DateOnly from, DateOnly today, Func<DueOccurrence, bool>? accept, CancellationToken cancellationToken)
    {
        var window = new DateWindow(from, from.AddYears(NextDeadlineYears));
        var next = (await FindAsync(asker, window, asker.ScopeUnitId, cancellationToken)).FirstOrDefault(d => accept?.Invoke(d) ?? true);
        return next is null ? null : await ToItemAsync(next, asker, today, cancellationToken);
    }

    public async Task<IReadOnlyList<AnswerItem>> ToItemsAsync(
        IEnumerable<DueOccurrence> occurrences, Asker asker, DateOnly today, CancellationToken cancellationToken)
    {
        var list = occurrences.ToList();
        // One query for the asker's standing on every item, not one per item.
        var submitted = asker.UnitId is { } unitId
            ? await reports.GetSubmittedAtByUnitAsync(unitId, list.Select(d => d.OccurrenceId).ToList(), cancellationToken)
            : null;
        return list.Select(d => Status(d, submitted, today) is var (status, sentOn)
            ? ToItem(d, status) with { SubmittedOn = sentOn }
            : ToItem(d, null)).ToList();
    }

    public async Task<AnswerItem> ToItemAsync(DueOccurrence d, Asker asker, DateOnly today, CancellationToken cancellationToken) =>
        (await ToItemsAsync([d], asker, today, cancellationToken))[0];

    private AnswerItem ToItem(DueOccurrence d, AskerReportStatus? status)
    {
        var working = calendar.IsWorkingDay(d.DueOn);
        return new AnswerItem(d.OccurrenceId, d.PlanId, d.Description, d.UnitNames, d.DueOn, d.PlanNumber, d.PlanTitle,
            SectionOf(d.SectionPath), working, working ? null : calendar.LastWorkingDayOnOrBefore(d.DueOn), status,
            IsHoliday: !working && calendar.IsHoliday(d.DueOn));
    }

    /// <summary>A day off for a holiday (named), not merely a weekend: the calendar names weekends "Thứ Bảy"/"Chủ nhật".</summary>
    /// <summary>Undated duties become items without a day.</summary>
    public static AnswerItem ToItem(UndatedOccurrence u, string? planNumber) =>
        new(u.OccurrenceId, u.PlanId, u.Description, u.UnitNames, null, planNumber, u.PlanTitle, null);

    /// <summary>
    /// đã nộp (the day it was first sent) when the asker's unit sent it by the last day, nộp trễ when after it; trễ hạn
    /// when not sent and the day has passed. Null when the asker has no unit or the unit does not owe this occurrence.
    /// </summary>
    private static (AskerReportStatus Status, DateOnly? SentOn)? Status(
        DueOccurrence d, IReadOnlyDictionary<Guid, DateTimeOffset?>? submitted, DateOnly today)
    {
        if (submitted is null || !submitted.TryGetValue(d.OccurrenceId, out var sentAt)) return null;
        if (sentAt is { } at)
        {
            var sentOn = VietnamTime.DateOf(at);
            return (sentOn > d.DueOn ? AskerReportStatus.SubmittedLate : AskerReportStatus.Submitted, sentOn);
        }
        return (today > d.DueOn ? AskerReportStatus.Late : AskerReportStatus.NotSubmitted, null);
    }

    /// <summary>"III/2/-1" style paths are shown as written; an empty path means no section.</summary>
    private static string? SectionOf(string sectionPath) => string.IsNullOrWhiteSpace(sectionPath) ? null : sectionPath;
}
