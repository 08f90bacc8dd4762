using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// "Đơn vị nào chưa nộp báo cáo?": for each occurrence due in the window, the owing units that have
/// not submitted. Only the coordinating (Nội vụ) office sees it: the route requires a coordinator, and the
/// answer covers the organisations they coordinate.
/// </summary>
internal sealed class MissingReports(IPlanStore plans, IOrganisationStore organisations, IReportStore reports, OccurrenceFinder occurrences)
{
    /// <summary>With no period named: deadlines of the last 30 days and the next 30, where follow-up happens.</summary>
    private const int DefaultSpanDays = 30;

    public async Task<Answer> AnswerAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken)
    {
        var window = question.Window ?? new DateWindow(today.AddDays(-DefaultSpanDays), today.AddDays(DefaultSpanDays));
        // The bot asks as a coordinator (the route's gate checked it); the command line names the organisation.
        IReadOnlyList<Guid> scope = asker.OrganisationId is { } named ? [named] : asker.Organisations ?? [];
        if (scope.Count == 0) return new Answer(QuestionIntent.Missing, window, []) { NotAllowed = true };

        var items = new List<AnswerItem>();
        var names = new List<string>();
        foreach (var organisationId in scope)
        {
            var organisation = (await organisations.ListOrganisationsAsync(cancellationToken)).FirstOrDefault(o => o.Id == organisationId);
            if (organisation is not null) names.Add(organisation.Name);
            foreach (var due in await plans.FindDueAsync(organisationId, window, cancellationToken: cancellationToken))
            {
                var late = (await reports.GetStatusAsync(due.OccurrenceId, cancellationToken)).Where(s => !s.Submitted).ToList();
                if (late.Count == 0) continue;
                var item = await occurrences.ToItemAsync(due, Asker.Unknown, today, cancellationToken);
                items.Add(item with { UnitNames = late.Select(s => s.UnitName).ToList() });
            }
        }
        return new Answer(QuestionIntent.Missing, window, items) { UnitNames = names };
    }
}
