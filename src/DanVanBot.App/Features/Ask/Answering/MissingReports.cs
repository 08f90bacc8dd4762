using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// "Đơn vị nào chưa nộp báo cáo?". A coordinator (the roster says so; the command line's --org asks as one) gets, for
/// each occurrence due in the window in the organisations they coordinate, the owing units that have not submitted;
/// until reports are sent through the bot that is every unit that owed something. A member gets their own unit's
/// standing (what it owes in the window, submitted or not), never the other units'; someone with no single unit is
/// asked to name or join one.
/// </summary>
internal sealed class MissingReports(IPlanStore plans, IOrganisationStore organisations, IReportStore reports, OccurrenceFinder occurrences)
{
    /// <summary>With no period named: deadlines of the last 30 days and the next 30, where follow-up happens.</summary>
    private const int DefaultSpanDays = 30;

    public async Task<Answer> AnswerAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken)
    {
        var window = question.Window ?? new DateWindow(today.AddDays(-DefaultSpanDays), today.AddDays(DefaultSpanDays));
        if (asker.IsCoordinator) return await CoordinatedAsync(asker, window, today, cancellationToken);
        var unit = asker.UnitId is { } unitId ? await organisations.FindUnitAsync(unitId, cancellationToken) : null;
        if (unit is null) return new Answer(QuestionIntent.Missing, window, []) { NeedsUnit = true };
        return await OwnUnitAsync(unit, window, today, cancellationToken);
    }

    private async Task<Answer> CoordinatedAsync(Asker asker, DateWindow window, DateOnly today, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> scope = asker.OrganisationId is { } named ? [named] : asker.Organisations ?? [];
        var all = await organisations.ListOrganisationsAsync(cancellationToken);
        var items = new List<AnswerItem>();
        var names = new List<string>();
        var dueCount = 0;
        foreach (var organisationId in scope)
        {
            if (all.FirstOrDefault(o => o.Id == organisationId) is { } organisation) names.Add(organisation.Name);
            var due = await plans.FindDueAsync(organisationId, window, cancellationToken: cancellationToken);
            dueCount += due.Count;
            foreach (var occurrence in due)
            {
                var late = (await reports.GetStatusAsync(occurrence.OccurrenceId, cancellationToken)).Where(s => !s.Submitted).ToList();
                if (late.Count == 0) continue;
                var item = await occurrences.ToItemAsync(occurrence, Asker.Unknown, today, cancellationToken);
                items.Add(item with { UnitNames = late.Select(s => s.UnitName).ToList() });
            }
        }
        return new Answer(QuestionIntent.Missing, window, items) { UnitNames = names, DueCount = dueCount };
    }

    private async Task<Answer> OwnUnitAsync(UnitInfo unit, DateWindow window, DateOnly today, CancellationToken cancellationToken)
    {
        var asker = new Asker(unit.OrganisationId, unit.Id);
        var due = await plans.FindDueAsync(unit.OrganisationId, window, unit.Id, cancellationToken);
        var items = await occurrences.ToItemsAsync(due, asker, today, cancellationToken);
        return new Answer(QuestionIntent.Missing, window, items) { UnitNames = [unit.Name], DueCount = due.Count, OwnUnitOnly = true };
    }
}
