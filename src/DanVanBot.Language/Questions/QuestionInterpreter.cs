using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>
/// Understands an official's chat message: intent, time window relative to <c>today</c> (Vietnam
/// date), report or activity named, unit named, plan number, year, keywords, and why (<see cref="Question.Explanation"/>).
/// Never throws; anything it cannot read is <see cref="QuestionIntent.Unknown"/>. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Window rules: day arithmetic gives the day it reaches; a confirmation of a named report's day keeps the report's
/// period (the day claimed is <see cref="Question.ClaimedDay"/>); otherwise an explicit time expression wins; otherwise
/// a named report's period in the current year ("báo cáo quý 3" → Q3); otherwise, for <see cref="QuestionIntent.Due"/>,
/// the next <see cref="TimeGrammar.UpcomingDays"/> days counting today (today..today+29); otherwise null.
/// </remarks>
/// <param name="calendar">The working calendar for "N ngày làm việc" arithmetic; Vietnam's computed calendar when null.</param>
public sealed class QuestionInterpreter(IWorkingCalendar? calendar = null)
{
    /// <summary>Days looked ahead by "sắp tới" and by a due question with no period: today..today+29.</summary>
    public const int UpcomingDays = TimeGrammar.UpcomingDays;

    /// <summary>
    /// Characters of a message that are read. Questions are a line or two; the rest of a pasted page is not looked at,
    /// so an enormous message costs no more than a long question.
    /// </summary>
    public const int MaxLength = 1_000;

    private static readonly IWorkingCalendar DefaultCalendar = new VietnamWorkingCalendar();

    private readonly IWorkingCalendar workingCalendar = calendar ?? DefaultCalendar;

    public Question Interpret(string text, DateOnly today)
    {
        try
        {
            return InterpretCore(text.Length > MaxLength ? text[..MaxLength] : text, today);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // A message must never crash a turn; an odd one is simply not understood.
            return new Question(QuestionIntent.Unknown, null, null, null, null, null, null, [], string.Empty);
        }
    }

    private Question InterpretCore(string text, DateOnly today)
    {
        var tokenized = QuestionTokenizer.Tokenize(text);
        var tokens = tokenized.Tokens;
        var consumed = new bool[tokens.Count];

        var report = ReportNameParser.Find(tokens, today);
        if (report is { } named) Mark(consumed, named.Start, named.End);

        var matches = new List<TimeMatch>(2);
        TimeGrammar.FindAll(tokens, today, matches);
        var time = JoinNext(tokens, ChooseTime(matches, report), matches);
        foreach (var match in matches)
        {
            if (!Overlaps(match, report)) Mark(consumed, match.Start, match.End);
        }

        // An activity's words stay keywords: "tìm kế hoạch tiếp công dân" searches for them.
        var activity = ActivityMentionParser.Find(tokens, report);
        var dayCount = DayCountReader.Find(tokens, matches, today, workingCalendar);
        if (dayCount is { } count) Mark(consumed, count.Start, count.End);

        var planNumber = tokenized.PlanNumber ?? PlanNumberInWords(tokens, consumed);
        var mood = QuestionMoodReader.Read(tokens, tokenized.HasQuestionMark);
        var evidence = new IntentEvidence(mood, time, report, activity, planNumber, dayCount is not null, AsksDaysLeft(tokens));
        var decision = IntentClassifier.Classify(tokens, evidence);
        var intent = decision.Intent;

        var unit = UnitMentionParser.Find(tokens, allowAfterCua: intent is QuestionIntent.Tasks or QuestionIntent.Missing);
        if (unit is { } foundUnit) Mark(consumed, foundUnit.Start, foundUnit.End);

        var confirmation = decision.Rule == ExplanationTexts.Confirmation;
        var (window, windowRule, windowWords) = ChooseWindow(tokens, today, intent, time, report, dayCount?.Count, confirmation);
        var quarter = time is { } chosen && chosen.Unit != PeriodUnit.Upcoming && !confirmation ? chosen.Quarter ?? report?.Quarter : report?.Quarter;
        var year = time?.Year ?? report?.Year ?? BareYear(matches);

        return new Question(intent, window, report?.Kind, quarter, unit?.Name, planNumber, year,
            KeywordExtractor.Extract(tokens, consumed), string.Join(' ', tokens.Words))
        {
            UnitIsRecipient = unit is { } recipient && tokens.IsAny(recipient.Start - 1, "cho", "len", "ve", "qua", "to", "gui", "nop", "tai"),
            Activity = activity?.Name,
            IsConfirmation = confirmation,
            ClaimedDay = confirmation && time is { } day && ClaimsDay(tokens, day) ? day.Window.To : null,
            ClaimedPeriod = confirmation && time is { } period && !ClaimsDay(tokens, period) ? period.Window : null,
            DayCount = dayCount?.Count,
            AsksDaysLeft = evidence.AsksDaysLeft,
            AsksForForm = decision.Rule == ExplanationTexts.FormRequest,
            Explanation = new QuestionExplanation(decision.Rule, Cues(decision), windowRule, windowWords),
        };
    }

    private static (DateWindow? Window, string Rule, string? Words) ChooseWindow(
        TokenStream tokens, DateOnly today, QuestionIntent intent, TimeMatch? time, ReportMention? report, DayCount? dayCount, bool confirmation)
    {
        if (dayCount is { } count) return (DateWindow.Day(count.Result), ExplanationTexts.WindowDayCount, null);
        if (confirmation && report?.Window is { } claimedReport) return (claimedReport, ExplanationTexts.WindowReport, Words(tokens, report.Value.Start, report.Value.End));
        if (time is { } t)
        {
            // Who has not sent "tiến độ quý 2" asks about the quarter that has been, not the coming one: a month or
            // quarter named without a year is read in this year, as a report's period is.
            if (intent == QuestionIntent.Missing && t.Year is null && t.Window.From > today && PastPeriod(t) is { } past)
                return (past, ExplanationTexts.WindowMissingPast, Words(tokens, t.Start, t.End));
            return (t.Window, ExplanationTexts.WindowTime, Words(tokens, t.Start, t.End));
        }
        if (report is { Window: { } period } r) return (period, ExplanationTexts.WindowReport, Words(tokens, r.Start, r.End));
        return intent == QuestionIntent.Due
            ? (CalendarMath.NextDays(today, UpcomingDays), ExplanationTexts.WindowDefault, null)
            : (null, ExplanationTexts.WindowNone, null);
    }

    private static DateWindow? PastPeriod(TimeMatch time) => time.Unit switch
    {
        PeriodUnit.Month => DateWindow.Month(time.Window.From.Year - 1, time.Window.From.Month),
        PeriodUnit.Quarter when time.Quarter is { } quarter => CalendarMath.Quarter(time.Window.From.Year - 1, quarter),
        _ => null,
    };

    /// <summary>"hạn 15/3", "trước 10/6", "thứ 6 này": a claimed last day; "tháng này", "cuối tháng 11": a claimed period.</summary>
    private static bool ClaimsDay(TokenStream tokens, TimeMatch time) =>
        time.Unit == PeriodUnit.Day || tokens.IsAny(time.Start, "truoc", "den", "toi", "before", "by", "until");

    private static string[] Cues(IntentDecision decision) =>
        decision.SecondCue is { } second ? [decision.Cue ?? string.Empty, second] : decision.Cue is { } cue ? [cue] : [];

    private static string Words(TokenStream t, int start, int end) => string.Join(' ', t.Words, start, Math.Max(0, end - start));

    /// <summary>"còn mấy ngày", "mấy hôm nữa là hết hạn": how long is left.</summary>
    private static bool AsksDaysLeft(TokenStream t)
    {
        if (IntentCues.DaysLeft.In(t)) return true;
        var vague = Array.IndexOf(t.Words, "may");
        return vague >= 0 && t.IsAny(vague + 1, "ngay", "hom") && t.Is(vague + 2, "nua") && t.IsAny(vague + 3, "la", "thi");
    }

    /// <summary>The first specific expression outside the report name; "sắp tới" only if nothing else.</summary>
    private static TimeMatch? ChooseTime(List<TimeMatch> matches, ReportMention? report)
    {
        TimeMatch? upcoming = null;
        foreach (var match in matches)
        {
            if (Overlaps(match, report)) continue;
            if (match.Unit != PeriodUnit.Upcoming) return match;
            upcoming ??= match;
        }
        // "sắp đến hạn báo cáo quý 3": the report's period is more specific than the look-ahead.
        return report?.Window is not null ? null : upcoming;
    }

    /// <summary>"tuần này với tuần sau", "tháng 3 và tháng 4": two periods joined by "và/với/hoặc" are one window.</summary>
    private static TimeMatch? JoinNext(TokenStream tokens, TimeMatch? chosen, List<TimeMatch> matches)
    {
        if (chosen is not { } first) return null;
        var index = matches.IndexOf(first);
        if (index < 0 || index + 1 >= matches.Count) return first;
        var second = matches[index + 1];
        if (second.Start != first.End + 1 || !tokens.IsAny(first.End, "va", "voi", "hoac", "and", "or") || second.Unit == PeriodUnit.Upcoming)
            return first;
        var from = first.Window.From < second.Window.From ? first.Window.From : second.Window.From;
        var to = first.Window.To > second.Window.To ? first.Window.To : second.Window.To;
        return new TimeMatch(first.Start, second.End - first.Start, new DateWindow(from, to), PeriodUnit.Span, first.Year ?? second.Year);
    }

    private static bool Overlaps(TimeMatch match, ReportMention? report) =>
        report is { } r && match.Start < r.End && r.Start < match.End;

    private static int? BareYear(List<TimeMatch> matches)
    {
        foreach (var match in matches)
        {
            if (match.Year is { } year) return year;
        }
        return null;
    }

    /// <summary>"kế hoạch số 102", "kh 40": a small number right after "kế hoạch (số)" or "số".</summary>
    private static string? PlanNumberInWords(TokenStream t, bool[] consumed)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var at = t.Is(i, "ke", "hoach") ? (t.Is(i + 2, "so") ? i + 3 : i + 2) : t.Is(i, "so") && i > 0 ? i + 1 : -1;
            if (at < 0 || at >= t.Count || consumed[at]) continue;
            if (t.TryInt(at, out var number) && number is > 0 and < 1900) { consumed[at] = true; return t[at]; }
        }
        return null;
    }

    private static void Mark(bool[] consumed, int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < consumed.Length; i++) consumed[i] = true;
    }
}
