using System.Globalization;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// What a working-calendar question reaches, with its reasoning in one line: the day N working days before or after a
/// day ("họp 12/3, gửi trước 3 ngày làm việc" → 09/03/2026), the working days in a period, or whether a day is worked.
/// </summary>
internal sealed record WorkdayResult(string Reasoning, DateOnly? Day, int? WorkingDays, bool? IsWorkingDay);

/// <summary>Answers <see cref="QuestionIntent.Workdays"/> on the bot's working calendar (the one administrators correct).</summary>
internal sealed class WorkdayAnswers(IWorkingCalendar calendar)
{
    /// <summary>Up to this many counted days are listed in the reasoning; longer counts show only the result.</summary>
    private const int ListedDays = 10;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public Answer Answer(Question question, DateOnly today)
    {
        var result = question.DayCount is { } count ? Count(count)
            : question.Window is { } window && window.From != window.To ? Between(window)
            : DayStatus(question.Window?.From ?? today);
        return new Answer(QuestionIntent.Workdays, question.Window, []) { Workdays = result };
    }

    private WorkdayResult Count(DayCount count)
    {
        var days = Steps(count).ToList();
        var result = days.Count > 0 ? days[^1] : count.From;
        var direction = count.Backward ? AskTexts.WorkdaysBack : AskTexts.WorkdaysForward;
        var unit = count.WorkingDays ? AskTexts.WorkdaysUnitWorking : AskTexts.WorkdaysUnitCalendar;
        var listed = count.WorkingDays && days.Count <= ListedDays ? ": " + string.Join(", ", days.Select(VietnameseDates.DayMonth)) : string.Empty;
        var text = string.Format(Inv, AskTexts.WorkdaysCount, VietnameseDates.WeekdayAndDate(count.From), direction, count.Days, unit, listed,
            VietnameseDates.WeekdayAndDate(result));
        if (!count.WorkingDays && !calendar.IsWorkingDay(result))
            text += " " + string.Format(Inv, AskTexts.WorkdaysResultOff, calendar.DayOffName(result), VietnameseDates.WeekdayAndDate(calendar.LastWorkingDayOnOrBefore(result)));
        return new WorkdayResult(text, result, null, calendar.IsWorkingDay(result));
    }

    /// <summary>The days counted, in counting order; for working days, only working days (the starting day is not counted).</summary>
    private IEnumerable<DateOnly> Steps(DayCount count)
    {
        var step = count.Backward ? -1 : 1;
        var day = count.From;
        for (var counted = 0; counted < count.Days;)
        {
            day = day.AddDays(step);
            if (count.WorkingDays && !calendar.IsWorkingDay(day)) continue;
            counted++;
            yield return day;
        }
    }

    private WorkdayResult Between(DateWindow window)
    {
        var working = calendar.CountWorkingDays(window.From, window.To);
        var total = window.To.DayNumber - window.From.DayNumber + 1;
        var holidays = Enumerable.Range(0, total).Select(window.From.AddDays)
            .Where(d => !calendar.IsWorkingDay(d) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(d => calendar.DayOffName(d)).Distinct().ToList();
        var text = string.Format(Inv, AskTexts.WorkdaysBetween, VietnameseDates.Date(window.From), VietnameseDates.Date(window.To), working, total)
            + (holidays.Count > 0 ? " " + string.Format(Inv, AskTexts.WorkdaysHolidays, string.Join(", ", holidays)) : string.Empty);
        return new WorkdayResult(text, null, working, null);
    }

    private WorkdayResult DayStatus(DateOnly day)
    {
        var working = calendar.IsWorkingDay(day);
        var text = working
            ? string.Format(Inv, AskTexts.WorkdaysIsWorking, VietnameseDates.WeekdayAndDate(day))
            : string.Format(Inv, AskTexts.WorkdaysIsOff, VietnameseDates.WeekdayAndDate(day), calendar.DayOffName(day));
        return new WorkdayResult(text, day, null, working);
    }
}
