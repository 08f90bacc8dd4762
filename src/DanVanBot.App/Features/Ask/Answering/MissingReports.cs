using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// "Đơn vị nào chưa nộp báo cáo?": for each occurrence due in the window, the owing units that have
/// not submitted. Only the coordinating (Nội vụ) office of the asker's organisation may see it.
/// </summary>
internal sealed class MissingReports(IPlanStore plans, IOrganisationStore organisations, IReportStore reports, OccurrenceFinder occurrences)
{
    /// <summary>With no period named: deadlines of the last 30 days and the next 30, where follow-up happens.</summary>
    private const int DefaultSpanDays = 30;

    public async Task<Answer> AnswerAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken)
    {
        var window = question.Window ?? new DateWindow(today.AddDays(-DefaultSpanDays), today.AddDays(DefaultSpanDays));
        var unit = asker.UnitId is { } unitId ? await organisations.FindUnitAsync(unitId, cancellationToken) : null;
        if (unit is not { IsCoordinator: true }) return new Answer(QuestionIntent.Missing, window, []) { NotAllowed = true };

        var items = new List<AnswerItem>();
        foreach (var due in await plans.FindDueAsync(unit.OrganisationId, window, cancellationToken: cancellationToken))
        {
            var late = (await reports.GetStatusAsync(due.OccurrenceId, cancellationToken)).Where(s => !s.Submitted).ToList();
            if (late.Count == 0) continue;
            var item = await occurrences.ToItemAsync(due, Asker.Unknown, today, cancellationToken);
            items.Add(item with { UnitNames = late.Select(s => s.UnitName).ToList() });
        }
        return new Answer(QuestionIntent.Missing, window, items) { UnitNames = [unit.Name] };
    }
}
