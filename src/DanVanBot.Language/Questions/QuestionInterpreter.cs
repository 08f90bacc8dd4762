using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>
/// Understands an official's chat message: intent, time window relative to <c>today</c> (Vietnam
/// date), report named, unit named, plan number, year and keywords. Never throws; anything it cannot
/// read is <see cref="QuestionIntent.Unknown"/>. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Window rules: an explicit time expression wins; otherwise a named report's period in the current
/// year ("báo cáo quý 3" → Q3); otherwise, for <see cref="QuestionIntent.Due"/>, the next
/// <see cref="TimeGrammar.UpcomingDays"/> days counting today (today..today+29); otherwise null.
/// </remarks>
public sealed class QuestionInterpreter
{
    /// <summary>Days looked ahead by "sắp tới" and by a due question with no period: today..today+29.</summary>
    public const int UpcomingDays = TimeGrammar.UpcomingDays;

    /// <summary>
    /// Characters of a message that are read. Questions are a line or two; the rest of a pasted page is not looked at,
    /// so an enormous message costs no more than a long question.
    /// </summary>
    public const int MaxLength = 1_000;

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

    private static Question InterpretCore(string text, DateOnly today)
    {
        var tokenized = QuestionTokenizer.Tokenize(text);
        var tokens = tokenized.Tokens;
        var consumed = new bool[tokens.Count];

        var report = ReportNameParser.Find(tokens, today);
        if (report is { } named) Mark(consumed, named.Start, named.End);

        var matches = new List<TimeMatch>(2);
        TimeGrammar.FindAll(tokens, today, matches);
        var time = ChooseTime(matches, report);
        foreach (var match in matches)
        {
            if (!Overlaps(match, report)) Mark(consumed, match.Start, match.End);
        }

        var planNumber = tokenized.PlanNumber ?? PlanNumberInWords(tokens, consumed);
        var evidence = new IntentEvidence(tokenized.HasQuestionMark, time is not null, report, planNumber);
        var intent = IntentClassifier.Classify(tokens, evidence);

        var unit = UnitMentionParser.Find(tokens, allowAfterCua: intent is QuestionIntent.Tasks or QuestionIntent.Missing);
        if (unit is { } foundUnit) Mark(consumed, foundUnit.Start, foundUnit.End);

        var window = time?.Window ?? report?.Window;
        if (window is null && intent == QuestionIntent.Due) window = CalendarMath.NextDays(today, UpcomingDays);
        var quarter = time is { } chosen && chosen.Unit != PeriodUnit.Upcoming ? chosen.Quarter ?? report?.Quarter : report?.Quarter;
        var year = time?.Year ?? report?.Year ?? BareYear(matches);

        return new Question(intent, window, report?.Kind, quarter, unit?.Name, planNumber, year,
            KeywordExtractor.Extract(tokens, consumed), string.Join(' ', tokens.Words));
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
