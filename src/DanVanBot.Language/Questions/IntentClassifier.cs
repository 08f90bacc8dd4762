namespace DanVanBot.Language.Questions;

/// <summary>What the classifier needs besides the words.</summary>
internal readonly record struct IntentEvidence(
    QuestionMood Mood,
    TimeMatch? Time,
    ReportMention? Report,
    ActivityMention? Activity,
    string? PlanNumber,
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
/// help (asked for, how to do something, the bot as the topic, a form) → a confirmation (always a deadline question) →
/// missing reports (not yet done, said with "đã … chưa" or a cue) → a question about a person (unknown) → the working
/// calendar → how long is left → when a named report or activity is due, or whether it must be sent → submitting
/// (a submit verb in a message that asks nothing) → due → tasks (with a time expression it is a due question) →
/// search → a question about a named report or activity (due) → weak due cues → unknown.
/// The mood decides asking versus submitting: "nộp báo cáo quý 1" submits, "phải nộp báo cáo nào?" asks what is due.
/// </summary>
internal static class IntentClassifier
{
    public static IntentDecision Classify(TokenStream t, in IntentEvidence e)
    {
        if (t.Count == 0) return e.Mood.QuestionMark ? new(QuestionIntent.Help, ExplanationTexts.QuestionMarkOnly, "?") : new(QuestionIntent.Unknown, ExplanationTexts.Empty);
        if (AsksForHelp(t, e) is { } help) return help;
        if (IsConfirmation(t, e) is { } confirmed) return confirmed;
        if (IntentCues.Missing.Find(t) is { } missing) return new(QuestionIntent.Missing, ExplanationTexts.MissingCue, missing);
        if (AsksWhetherSubmitted(t, e)) return new(QuestionIntent.Missing, ExplanationTexts.WhetherSubmitted, "chua");
        if (AsksAboutPerson(t)) return new(QuestionIntent.Unknown, ExplanationTexts.Person, "ai");
        if (IsWorkdays(t, e) is { } workdays) return new(QuestionIntent.Workdays, ExplanationTexts.DayCount, workdays);
        if (e.AsksDaysLeft) return new(QuestionIntent.Deadline, ExplanationTexts.DaysLeft, "con may ngay", NamedCue(t, e));
        if (IsDeadline(t, e) is { } deadline) return new(QuestionIntent.Deadline, ExplanationTexts.DeadlineOfNamed, deadline, NamedCue(t, e));
        if (IsObligation(t, e) is { } must) return new(QuestionIntent.Deadline, ExplanationTexts.Obligation, must, NamedCue(t, e));
        if (IsSubmit(t, e) is { } submit) return new(QuestionIntent.Submit, ExplanationTexts.SubmitInstruction, submit);
        if (IntentCues.Due.Find(t) is { } due) return new(QuestionIntent.Due, ExplanationTexts.DueCue, due);
        if (IntentCues.Tasks.Find(t) is { } task)
        {
            return e.HasTimeExpression
                ? new(QuestionIntent.Due, ExplanationTexts.TasksInWindow, task, TimeCue(t, e))
                : new(QuestionIntent.Tasks, ExplanationTexts.TasksCue, task);
        }
        if (e.PlanNumber is not null) return new(QuestionIntent.Search, ExplanationTexts.PlanNumber, e.PlanNumber);
        if (IntentCues.Search.Find(t) is { } search) return new(QuestionIntent.Search, ExplanationTexts.SearchCue, search);
        if (e.NamesReportOrActivity && e.Mood.IsQuestion && !StartsWithReport(t))
            return new(QuestionIntent.Due, ExplanationTexts.QuestionAboutNamed, NamedCue(t, e), e.Mood.Cue);
        if (IntentCues.WeakDue.Find(t) is { } weak && (e.HasTimeExpression || e.Report is not null || !StartsWithReport(t)))
            return new(QuestionIntent.Due, ExplanationTexts.WeakDue, weak);
        if (IntentCues.Greeting.Find(t) is { } greeting) return new(QuestionIntent.Help, ExplanationTexts.Greeting, greeting);
        // "bot ơi", "bot ơi bot ơi": calling the bot with nothing else said is a greeting; "bot ơi trời mưa" says something else.
        return Array.IndexOf(t.Words, "bot") >= 0 && t.Words.All(IntentCues.CallWords.Contains)
            ? new(QuestionIntent.Help, ExplanationTexts.Greeting, "bot oi")
            : new(QuestionIntent.Unknown, ExplanationTexts.NothingMatched);
    }

    /// <summary>
    /// Help asked for in so many words, a form asked for, how to do something ("làm sao để nộp", "cách xem hạn",
    /// "nộp báo cáo như thế nào"), or the bot itself as the topic with no period asked about ("bot có biết nhắc hạn không").
    /// </summary>
    private static IntentDecision? AsksForHelp(TokenStream t, in IntentEvidence e)
    {
        if (IntentCues.Help.Find(t) is { } help && !IsGuidanceDocument(t, help)) return new(QuestionIntent.Help, ExplanationTexts.HelpCue, help);
        if (IntentCues.Form.Find(t) is { } form) return new(QuestionIntent.Help, ExplanationTexts.FormRequest, form);
        if (IntentCues.StrongHow.Find(t) is { } strong) return new(QuestionIntent.Help, ExplanationTexts.HowTo, strong);
        var cach = Array.IndexOf(t.Words, "cach");
        if (cach >= 0 && IntentCues.HowVerbs.At(t, cach + 1) is { } verb) return new(QuestionIntent.Help, ExplanationTexts.HowTo, "cach", verb);
        if (IntentCues.WeakHow.Find(t) is { } how && !IntentCues.Schedule.In(t)
            && (IntentCues.Submit.Find(t) ?? IntentCues.Use.Find(t)) is { } action)
            return new(QuestionIntent.Help, ExplanationTexts.HowTo, how, action);
        if (!e.HasTimeExpression && e.Report?.Kind is null && IntentCues.Capability.Find(t) is { } bot)
            return new(QuestionIntent.Help, ExplanationTexts.Capability, bot);
        return null;
    }

    /// <summary>
    /// "văn bản hướng dẫn về dân vận khéo", "công văn hướng dẫn thực hiện quy chế": a document named as guidance on a
    /// topic is something to find, not a request for help with the bot ("có tài liệu hướng dẫn không" still asks for help).
    /// </summary>
    private static bool IsGuidanceDocument(TokenStream t, string cue)
    {
        if (cue != "huong dan") return false;
        var at = t.IndexOf(GuidanceWords);
        return at >= 2 && DocumentWords.Any(d => t.Is(at - 2, d));
    }

    private static readonly string[] GuidanceWords = ["huong", "dan"];
    private static readonly string[][] DocumentWords = [["van", "ban"], ["cong", "van"], ["quyet", "dinh"], ["thong", "tu"], ["ke", "hoach"]];

    /// <summary>
    /// "báo cáo 6 tháng gửi trước 10/6 phải không?", "mai là hết hạn nộp bc quý rồi hả?", "is the annual report due on
    /// 24 November?": a tag asking to confirm something about a report, an activity or a deadline. The particles
    /// "hả/à/nhỉ/chứ" only confirm a statement: after "gì/nào/khi nào" they just soften an open question.
    /// </summary>
    private static IntentDecision? IsConfirmation(TokenStream t, in IntentEvidence e)
    {
        var tag = e.Mood.Confirmation ?? EnglishYesNo(t, e);
        if (tag is null) return null;
        // "mình chưa nộp bc tháng 9 hả": the claim to confirm is that nothing was sent, which is what "missing" answers.
        if (IntentCues.Missing.Find(t) is { } missing && missing.StartsWith("chua ", StringComparison.Ordinal)) return null;
        if (e.Mood.Interrogative is not null && !IntentCues.ConfirmationPhrase.In(t) && tag is not ("is" or "does")) return null;
        if (!e.HasTimeExpression && !e.NamesReportOrActivity) return null;
        var about = NamedCue(t, e) ?? IntentCues.Deadline.Find(t) ?? IntentCues.Due.Find(t) ?? IntentCues.Submit.Find(t);
        return about is null ? null : new(QuestionIntent.Deadline, ExplanationTexts.Confirmation, tag, about);
    }

    /// <summary>"is the monthly report due on the 20th?", "does the Q3 report close on…": an English yes/no question about a report.</summary>
    private static string? EnglishYesNo(TokenStream t, in IntentEvidence e) =>
        t.IsAny(0, "is", "does", "do", "will") && e.NamesReportOrActivity ? t[0] : null;

    /// <summary>
    /// "phòng nội vụ đã nộp báo cáo 6 tháng chưa": a yes/no question on submission, closed by "chưa". "phải gửi bc 6 tháng
    /// chưa" asks whether it is due yet: a duty ("phải", "cần") without "đã" is not a question about what was done.
    /// </summary>
    private static bool AsksWhetherSubmitted(TokenStream t, in IntentEvidence e)
    {
        if (e.Mood.Polar != "chua" || !(IntentCues.Submit.In(t) || IntentCues.Received.In(t) || t.IndexOf(ReportedWords) >= 0)) return false;
        return Array.IndexOf(t.Words, "da") >= 0 || !IntentCues.Obligation.In(t);
    }

    private static readonly string[] ReportedWords = ["da", "bao", "cao"];

    /// <summary>"chuyên viên nội vụ phụ trách dân vận là ai", "ai đi họp thay anh": the bot keeps no staff directory.</summary>
    private static bool AsksAboutPerson(TokenStream t) =>
        t.IndexOf(WhoIs) >= 0 || (t.Is(0, "ai") && !IntentCues.Submit.In(t) && t.IndexOf(ReportWords) < 0);

    private static readonly string[] WhoIs = ["la", "ai"];
    private static readonly string[] ReportWords = ["bao", "cao"];

    /// <summary>Day arithmetic ("3 ngày làm việc trước 12/3"), or a question about working days and days off.</summary>
    private static string? IsWorkdays(TokenStream t, in IntentEvidence e)
    {
        if (e.HasDayCount) return "ngay lam viec";
        return IntentCues.Workdays.Find(t) is { } cue && (e.Mood.IsQuestion || e.HasTimeExpression) ? cue : null;
    }

    /// <summary>When a named report or activity is due: "hạn báo cáo 6 tháng", "bao giờ tổ chức hội nghị đối thoại".</summary>
    private static string? IsDeadline(TokenStream t, in IntentEvidence e)
    {
        if (!e.NamesReportOrActivity) return null;
        if (e.Activity is { IsAny: true } && e.Report is null) return null;
        if (IntentCues.Deadline.Find(t) is not { } cue || IntentCues.List.In(t)) return null;
        // "hạn" in "đến hạn"/"sắp đến hạn" asks what falls due, unless a period-bearing report or an activity is named.
        var specific = e.Report?.Kind is not null || (e.Activity is not null && e.Report is null);
        return specific || !IntentCues.Due.In(t) ? cue : null;
    }

    /// <summary>"có phải nộp bc tháng này không", "xã mình có phải gửi báo cáo 9 tháng không": whether a named report is owed.</summary>
    private static string? IsObligation(TokenStream t, in IntentEvidence e)
    {
        if (e.Report?.Kind is null || e.Mood.Polar is not ("khong" or "chua") || IntentCues.List.In(t)) return null;
        return IntentCues.Obligation.Find(t);
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
