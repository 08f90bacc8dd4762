namespace DanVanBot.Language.Questions;

/// <summary>What the classifier needs besides the words.</summary>
internal readonly record struct IntentEvidence(
    QuestionMood Mood,
    TimeMatch? Time,
    ReportMention? Report,
    ActivityMention? Activity,
    string? PlanNumber,
    bool NamesUnit,
    bool HasDayCount,
    bool AsksDaysLeft)
{
    public bool HasTimeExpression => Time is not null;
    public bool NamesReportOrActivity => Report is not null || Activity is not null;
}

/// <summary>The intent chosen, the rule that chose it and the cue words that fired it (for <c>--explain</c>).</summary>
internal readonly record struct IntentDecision(QuestionIntent Intent, string Rule, string? Cue = null, string? SecondCue = null);

/// <summary>
/// Decides the intent by principle, from the narrowest reading to the broadest:
/// help (asked for, or how to do something, or a form) → a confirmation of a day → missing reports → day arithmetic →
/// when a named report or activity is due → submitting (a submit verb in a message that asks nothing) → due →
/// tasks (of a unit; with a time and no unit it is a due question) → a question about a named report or activity →
/// search → weak due cues → unknown. The mood decides asking versus submitting: "nộp báo cáo quý 1" submits,
/// "phải nộp báo cáo nào?" asks what is due.
/// </summary>
internal static class IntentClassifier
{
    public static IntentDecision Classify(TokenStream t, in IntentEvidence e)
    {
        if (t.Count == 0) return e.Mood.QuestionMark ? new(QuestionIntent.Help, ExplanationTexts.QuestionMarkOnly, "?") : new(QuestionIntent.Unknown, ExplanationTexts.Empty);
        if (IntentCues.Help.Find(t) is { } help) return new(QuestionIntent.Help, ExplanationTexts.HelpCue, help);
        if (IntentCues.Form.Find(t) is { } form) return new(QuestionIntent.Help, ExplanationTexts.FormRequest, form);
        if (IsHowTo(t) is { } how) return new(QuestionIntent.Help, ExplanationTexts.HowTo, how.How, how.Action);
        if (IsConfirmation(t, e) is { } confirmed) return confirmed;
        if (IntentCues.Missing.Find(t) is { } missing && e.Mood.Confirmation is null)
            return new(QuestionIntent.Missing, ExplanationTexts.MissingCue, missing);
        if (AsksWhetherSubmitted(t, e)) return new(QuestionIntent.Missing, ExplanationTexts.WhetherSubmitted, "chua");
        if (e.HasDayCount) return new(QuestionIntent.Deadline, ExplanationTexts.DayCount, "ngay lam viec");
        if (IsDeadline(t, e) is { } deadline) return new(QuestionIntent.Deadline, ExplanationTexts.DeadlineOfNamed, deadline, NamedCue(t, e));
        if (IsSubmit(t, e) is { } submit) return new(QuestionIntent.Submit, ExplanationTexts.SubmitInstruction, submit);
        if (IntentCues.Due.Find(t) is { } due) return new(QuestionIntent.Due, ExplanationTexts.DueCue, due);
        if (IntentCues.Tasks.Find(t) is { } task)
        {
            return e.HasTimeExpression && !e.NamesUnit
                ? new(QuestionIntent.Due, ExplanationTexts.TasksInWindow, task, TimeCue(t, e))
                : new(QuestionIntent.Tasks, ExplanationTexts.TasksCue, task);
        }
        if (e.AsksDaysLeft) return new(QuestionIntent.Due, ExplanationTexts.DaysLeft, "con may ngay");
        if (e.NamesReportOrActivity && e.Mood.IsQuestion && !StartsWithReport(t))
            return new(QuestionIntent.Due, ExplanationTexts.QuestionAboutNamed, NamedCue(t, e), e.Mood.Cue);
        if (e.PlanNumber is not null) return new(QuestionIntent.Search, ExplanationTexts.PlanNumber, e.PlanNumber);
        if (IntentCues.Search.Find(t) is { } search) return new(QuestionIntent.Search, ExplanationTexts.SearchCue, search);
        if (IntentCues.WeakDue.Find(t) is { } weak && (e.HasTimeExpression || e.Report is not null || !StartsWithReport(t)))
            return new(QuestionIntent.Due, ExplanationTexts.WeakDue, weak);
        return IntentCues.Greeting.Find(t) is { } greeting
            ? new(QuestionIntent.Help, ExplanationTexts.Greeting, greeting)
            : new(QuestionIntent.Unknown, ExplanationTexts.NothingMatched);
    }

    /// <summary>"làm sao để nộp báo cáo", "cách dùng bot", "nộp báo cáo như thế nào": how to do something here, not when.</summary>
    private static (string How, string Action)? IsHowTo(TokenStream t)
    {
        if (IntentCues.How.Find(t) is not { } how || IntentCues.Schedule.In(t)) return null;
        var action = IntentCues.Submit.Find(t) ?? IntentCues.Use.Find(t);
        return action is null ? null : (how, action);
    }

    /// <summary>
    /// "báo cáo 6 tháng gửi trước 10/6 phải không?", "mai là hết hạn nộp bc quý rồi hả?": a tag asking to confirm a day
    /// about a report, an activity or a deadline. Deadline when a report or activity is named, else due on that day.
    /// </summary>
    private static IntentDecision? IsConfirmation(TokenStream t, in IntentEvidence e)
    {
        if (e.Mood.Confirmation is not { } tag || e.Time is null) return null;
        var about = NamedCue(t, e) ?? IntentCues.Deadline.Find(t) ?? IntentCues.Due.Find(t) ?? IntentCues.Submit.Find(t);
        if (about is null) return null;
        return e.NamesReportOrActivity
            ? new(QuestionIntent.Deadline, ExplanationTexts.Confirmation, tag, about)
            : new(QuestionIntent.Due, ExplanationTexts.ConfirmationOfDay, tag, about);
    }

    /// <summary>"phòng nội vụ đã nộp báo cáo 6 tháng chưa": a yes/no question on submission, closed by "chưa".</summary>
    private static bool AsksWhetherSubmitted(TokenStream t, in IntentEvidence e) =>
        e.Mood.Confirmation is null && e.Mood.Polar == "chua"
        && (IntentCues.Submit.In(t) || t.IndexOf(ReportedWords) >= 0);

    private static readonly string[] ReportedWords = ["da", "bao", "cao"];

    /// <summary>When a named report or activity is due: "hạn báo cáo 6 tháng", "bao giờ tổ chức hội nghị đối thoại".</summary>
    private static string? IsDeadline(TokenStream t, in IntentEvidence e)
    {
        if (!e.NamesReportOrActivity) return null;
        var cue = IntentCues.Deadline.Find(t) ?? (e.AsksDaysLeft ? "con may ngay" : null);
        if (cue is null || IntentCues.List.In(t)) return null;
        if (e.Activity is { IsAny: true } && e.Report is null) return null;
        // "hạn" in "đến hạn"/"sắp đến hạn" asks what falls due, unless a period-bearing report or an activity is named.
        var specific = e.Report?.Kind is not null || (e.Activity is not null && e.Report is null);
        return specific || !IntentCues.Due.In(t) ? cue : null;
    }

    /// <summary>An instruction to submit: a submit verb, or a message opening with "báo cáo", in a message that asks nothing.</summary>
    private static string? IsSubmit(TokenStream t, in IntentEvidence e)
    {
        var verb = IntentCues.Submit.Find(t) ?? (StartsWithReport(t) ? "bao cao" : null);
        if (verb is null || IntentCues.Schedule.In(t)) return null;
        if (e.Mood.Interrogative is not null || e.Mood.Polar is not null || IntentCues.OpenQuestion.In(t)) return null;
        return verb;
    }

    private static bool StartsWithReport(TokenStream t) => t.Is(0, "bao", "cao");

    private static string? NamedCue(TokenStream t, in IntentEvidence e) =>
        e.Report is { } r ? Words(t, r.Start, r.End) : e.Activity?.Name;

    private static string? TimeCue(TokenStream t, in IntentEvidence e) => e.Time is { } time ? Words(t, time.Start, time.End) : null;

    private static string Words(TokenStream t, int start, int end) => string.Join(' ', t.Words, start, Math.Max(0, end - start));
}
