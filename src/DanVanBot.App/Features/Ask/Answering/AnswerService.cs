using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Answers an understood question over the stored plans, for an asker on a given day (Vietnam date).
/// Knows nothing of Teams: the bot's handlers and the <c>ask</c> command both call it.
/// </summary>
internal sealed class AnswerService(
    OccurrenceFinder occurrences, TaskAnswers tasks, PlanSearch search, MissingReports missing, WorkdayAnswers workdays,
    IPlanCatalog catalog)
{
    public Task<Answer> AnswerAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken = default) =>
        question.Intent switch
        {
            QuestionIntent.Due => DueAsync(question, today, asker, cancellationToken),
            QuestionIntent.Deadline => DeadlineAsync(question, today, asker, cancellationToken),
            QuestionIntent.Tasks => tasks.AnswerAsync(question, today, asker, cancellationToken),
            QuestionIntent.Search => search.AnswerAsync(question, cancellationToken),
            QuestionIntent.Missing => missing.AnswerAsync(question, today, asker, cancellationToken),
            QuestionIntent.Workdays => Task.FromResult(workdays.Answer(question, today)),
            _ => Task.FromResult(new Answer(question.Intent, question.Window, [])),
        };

    /// <summary>
    /// What falls due in the question's window, narrowed to the activity it names ("quý này có đoàn kiểm tra không?")
    /// and to the unit whose duties it asks about ("nhiệm vụ tháng 9 của phòng văn hóa - xã hội"); a unit things are
    /// sent to ("gửi cho phòng nội vụ") does not narrow it.
    /// </summary>
    public async Task<Answer> DueAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken = default)
    {
        var window = question.Window ?? DefaultWindow(today);
        var keep = AnswerFilters.Activity(question);
        if (question.UnitMention is not { } mention || question.UnitIsRecipient)
            return await DueAsync(window, today, asker, cancellationToken, keep);

        var units = await tasks.UnitsAsync(mention, asker, cancellationToken);
        if (units.Count == 0) return await DueAsync(window, today, asker, cancellationToken, keep);
        var answers = new List<Answer>();
        foreach (var unit in units)
            answers.Add(await DueAsync(window, today, new Asker(unit.OrganisationId, unit.Id), cancellationToken, keep));
        var items = answers.SelectMany(a => a.Items).DistinctBy(i => i.OccurrenceId).OrderBy(i => i.DueOn).ToList();
        var next = items.Count > 0 ? null : answers.Select(a => a.NextDeadline).Where(n => n is not null).MinBy(n => n!.DueOn);
        return new Answer(QuestionIntent.Due, window, items) { NextDeadline = next, UnitNames = units.Select(u => u.Name).Distinct().ToList() };
    }

    /// <summary>Occurrences whose last day falls in <paramref name="window"/>; when none, the next one after it.</summary>
    public async Task<Answer> DueAsync(
        DateWindow window, DateOnly today, Asker asker, CancellationToken cancellationToken = default, Func<DueOccurrence, bool>? keep = null)
    {
        var found = (await occurrences.FindAsync(asker, window, asker.ScopeUnitId, cancellationToken)).Where(d => keep?.Invoke(d) ?? true);
        var items = await occurrences.ToItemsAsync(found, asker, today, cancellationToken);
        var next = items.Count > 0 ? null : await occurrences.NextAsync(asker, After(window, today), today, keep, cancellationToken);
        return new Answer(QuestionIntent.Due, window, items) { NextDeadline = next };
    }

    /// <summary>
    /// The reports of the kind asked about in the report's period (plus the days after it in which such reports fall
    /// due), or the activity named; when none, the next one. The answer's window is the period itself. A confirmation
    /// ("… trước 10/6 phải không?") is judged against what is found.
    /// </summary>
    public async Task<Answer> DeadlineAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken = default)
    {
        var cadence = question.Report?.ToCadence();
        var activity = AnswerFilters.Activity(question);
        var period = Period(question, cadence, activity is not null, today);
        var answer = await DeadlineAsync(period, cadence, today, asker, cancellationToken, activity);
        if (!question.IsConfirmation) return answer;
        var verdict = ConfirmationVerdict.Judge(question.ClaimedDay, question.ClaimedPeriod, answer.Items, answer.NextDeadline);
        if (verdict.Actual is { } actual)
            verdict = verdict with { Plan = (await catalog.ListPlansAsync(cancellationToken)).FirstOrDefault(p => p.PlanId == actual.PlanId) };
        return answer with { Confirmation = verdict };
    }

    public async Task<Answer> DeadlineAsync(
        DateWindow period, Cadence? cadence, DateOnly today, Asker asker, CancellationToken cancellationToken = default,
        Func<DueOccurrence, bool>? activity = null)
    {
        var margin = cadence is { } kind ? ReportKinds.MarginDays(kind) : 0;
        var searched = new DateWindow(period.From, period.To.AddDays(margin));
        // An activity asked about on its own ("bao giờ tổ chức hội nghị đối thoại") is not a report: its words decide.
        Func<DueOccurrence, bool> keep = activity is not null && cadence is null
            ? activity
            : AnswerFilters.Both(d => ReportKinds.Matches(cadence, d), activity)!;
        var found = (await occurrences.FindAsync(asker, searched, asker.ScopeUnitId, cancellationToken)).Where(keep);
        var items = await occurrences.ToItemsAsync(found, asker, today, cancellationToken);
        var next = items.Count > 0 ? null : await occurrences.NextAsync(asker, After(period, today), today, keep, cancellationToken);
        return new Answer(QuestionIntent.Deadline, period, items) { NextDeadline = next, ReportCadence = cadence };
    }

    /// <summary>
    /// The period searched: the question's window; for a confirmation without a report period, the year of the day claimed
    /// (a wrong claim must not hide the right day); for an activity without one, this year; else as for reports.
    /// </summary>
    private static DateWindow Period(Question question, Cadence? cadence, bool namesActivity, DateOnly today)
    {
        if (question.IsConfirmation && question.Report is null)
            return WholeYear((question.ClaimedDay ?? question.ClaimedPeriod?.To ?? today).Year);
        if (question.Window is { } window) return window;
        if (cadence is not null) return WholeYear(question.Year ?? today.Year);
        return namesActivity ? WholeYear(today.Year) : DefaultWindow(today);
    }

    /// <summary>No period named: the next 30 days, today included (as the interpreter does for due questions).</summary>
    public static DateWindow DefaultWindow(DateOnly today) => new(today, today.AddDays(QuestionInterpreter.UpcomingDays - 1));

    private static DateWindow WholeYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The next deadline is looked for after the window, and never in the past.</summary>
    private static DateOnly After(DateWindow window, DateOnly today)
    {
        var afterWindow = window.To.AddDays(1);
        return afterWindow > today ? afterWindow : today;
    }
}
