using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Answers an understood question over the stored plans, for an asker on a given day (Vietnam date).
/// Knows nothing of Teams: the bot's handlers and the <c>ask</c> command both call it.
/// </summary>
internal sealed class AnswerService(OccurrenceFinder occurrences, TaskAnswers tasks, PlanSearch search, MissingReports missing)
{
    public Task<Answer> AnswerAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken = default) =>
        question.Intent switch
        {
            QuestionIntent.Due => DueAsync(question.Window ?? DefaultWindow(today), today, asker, cancellationToken),
            QuestionIntent.Deadline => DeadlineAsync(question, today, asker, cancellationToken),
            QuestionIntent.Tasks => tasks.AnswerAsync(question, today, asker, cancellationToken),
            QuestionIntent.Search => search.AnswerAsync(question, cancellationToken),
            QuestionIntent.Missing => missing.AnswerAsync(question, today, asker, cancellationToken),
            _ => Task.FromResult(new Answer(question.Intent, question.Window, [])),
        };

    /// <summary>Occurrences whose last day falls in <paramref name="window"/>; when none, the next one after it.</summary>
    public async Task<Answer> DueAsync(DateWindow window, DateOnly today, Asker asker, CancellationToken cancellationToken = default)
    {
        var found = await occurrences.FindAsync(asker, window, asker.ScopeUnitId, cancellationToken);
        var items = await occurrences.ToItemsAsync(found, asker, today, cancellationToken);
        var next = items.Count > 0 ? null : await occurrences.NextAsync(asker, After(window, today), today, null, cancellationToken);
        return new Answer(QuestionIntent.Due, window, items) { NextDeadline = next };
    }

    /// <summary>
    /// The reports of the kind asked about in the report's period (plus the days after it in which such
    /// reports fall due); when none, the next report of that kind. The answer's window is the period itself.
    /// </summary>
    public Task<Answer> DeadlineAsync(Question question, DateOnly today, Asker asker, CancellationToken cancellationToken = default)
    {
        var cadence = question.Report?.ToCadence();
        var period = question.Window ?? (cadence is null ? DefaultWindow(today) : WholeYear(question.Year ?? today.Year));
        return DeadlineAsync(period, cadence, today, asker, cancellationToken);
    }

    public async Task<Answer> DeadlineAsync(
        DateWindow period, Cadence? cadence, DateOnly today, Asker asker, CancellationToken cancellationToken = default)
    {
        var margin = cadence is { } kind ? ReportKinds.MarginDays(kind) : 0;
        var searched = new DateWindow(period.From, period.To.AddDays(margin));
        var found = (await occurrences.FindAsync(asker, searched, asker.ScopeUnitId, cancellationToken))
            .Where(d => ReportKinds.Matches(cadence, d));
        var items = await occurrences.ToItemsAsync(found, asker, today, cancellationToken);
        var next = items.Count > 0 ? null : await occurrences.NextAsync(
            asker, After(period, today), today, d => ReportKinds.Matches(cadence, d), cancellationToken);
        return new Answer(QuestionIntent.Deadline, period, items) { NextDeadline = next, ReportCadence = cadence };
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
