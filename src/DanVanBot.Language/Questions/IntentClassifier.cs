namespace DanVanBot.Language.Questions;

/// <summary>What the classifier needs besides the words.</summary>
internal readonly record struct IntentEvidence(bool HasQuestionMark, bool HasTimeExpression, ReportMention? Report, string? PlanNumber);

/// <summary>
/// Decides the intent from cue phrases over canonical tokens. Rules run from the most specific
/// reading to the most general, so a message that fits several takes the narrower one:
/// help → missing → deadline → submit → due → tasks → search → due (weak cues) → unknown.
/// </summary>
internal static class IntentClassifier
{
    private static readonly string[][] HelpCues = TokenStream.Phrases(
        "tro giup", "huong dan", "help", "giup do", "cach dung", "cach su dung", "su dung the nao", "su dung nhu the nao",
        "lam duoc gi", "lam duoc nhung gi", "biet lam gi", "co the lam gi", "chuc nang", "what can you do", "how to use",
        "how do i use", "menu", "commands", "danh sach lenh", "cac lenh");

    // A greeting alone gets the help text; a greeting before a question is just politeness.
    private static readonly string[][] GreetingCues = TokenStream.Phrases("xin chao", "chao", "hello", "hi", "alo");

    private static readonly string[][] MissingCues = TokenStream.Phrases(
        "chua nop", "chua gui", "chua bao cao", "chua co bao cao", "chua hoan thanh", "chua xong", "du chua", "nop chua", "gui chua",
        "bao cao chua", "con thieu", "thieu bao cao", "cham nop", "nop cham", "qua han", "tre han", "not submitted",
        "not reported", "has not", "have not", "did not", "not yet", "missing", "overdue", "late");

    private static readonly string[][] DeadlineCues = TokenStream.Phrases(
        "han", "thoi han", "deadline", "khi nao", "bao gio", "luc nao", "ngay nao", "ngay may", "may gio", "when",
        "due date", "han chot");

    // Asking for a list ("có báo cáo gì", "báo cáo nào", "what's due") rather than one report's date.
    private static readonly string[][] ListCues = TokenStream.Phrases(
        "gi", "bao cao nao", "nhung bao cao", "cac bao cao", "which", "anything", "what is due", "what are");

    private static readonly string[][] SubmitCues = TokenStream.Phrases(
        "nop", "gui", "submit", "cap nhat", "bao cao ket qua", "upload", "send", "dien bao cao", "nhap bao cao",
        "muon bao cao", "xin bao cao", "file bao cao");

    // "lịch nộp báo cáo", "hạn nộp báo cáo": asking about the schedule, not submitting.
    private static readonly string[][] ScheduleCues = TokenStream.Phrases("lich", "han", "thoi han", "deadline", "schedule");

    private static readonly string[][] OpenQuestionCues = TokenStream.Phrases(
        "gi", "khi nao", "bao gio", "luc nao", "ngay nao", "chua", "ai", "bao nhieu", "what", "when", "which", "who",
        "khong", "co phai");

    private static readonly string[][] DueCues = TokenStream.Phrases(
        "den han", "het han", "toi han", "sap den", "sap toi", "sap het", "due", "upcoming", "deadlines", "coming up",
        "can nop", "phai nop", "nop gi", "lich nop", "lich bao cao", "han nop");

    private static readonly string[][] TaskCues = TokenStream.Phrases(
        "nhiem vu", "phai lam gi", "can lam gi", "viec can lam", "viec phai lam", "lam gi", "lam nhung gi", "cong viec", "viec gi", "duoc giao",
        "phan cong", "trach nhiem", "task", "tasks", "duties", "responsibilities", "to do", "todo", "phu trach");

    private static readonly string[][] SearchCues = TokenStream.Phrases(
        "tim", "tra cuu", "search", "find", "ke hoach", "plan", "plans", "van ban", "look up", "tai lieu");

    private static readonly string[][] WeakDueCues = TokenStream.Phrases(
        "co gi", "nhung gi", "nop", "han", "bao cao", "viec", "lich", "what", "anything", "deadline", "report", "reports");

    public static QuestionIntent Classify(TokenStream t, in IntentEvidence evidence)
    {
        if (t.Count == 0) return evidence.HasQuestionMark ? QuestionIntent.Help : QuestionIntent.Unknown;
        if (t.ContainsAny(HelpCues)) return QuestionIntent.Help;
        if (t.ContainsAny(MissingCues) || AsksWhetherSubmitted(t)) return QuestionIntent.Missing;
        if (IsDeadline(t, evidence)) return QuestionIntent.Deadline;
        if (IsSubmit(t)) return QuestionIntent.Submit;
        if (t.ContainsAny(DueCues)) return QuestionIntent.Due;
        if (t.ContainsAny(TaskCues)) return QuestionIntent.Tasks;
        if (evidence.PlanNumber is not null || t.ContainsAny(SearchCues)) return QuestionIntent.Search;
        if (t.ContainsAny(WeakDueCues) && (evidence.HasTimeExpression || evidence.Report is not null || !t.Is(0, "bao", "cao")))
            return QuestionIntent.Due;
        return t.ContainsAny(GreetingCues) ? QuestionIntent.Help : QuestionIntent.Unknown;
    }

    /// <summary>"phòng nội vụ đã nộp báo cáo 6 tháng chưa": a yes/no question on submission, closed by "chưa".</summary>
    private static bool AsksWhetherSubmitted(TokenStream t) =>
        t[t.Count - 1] == "chua" && (t.ContainsAny(SubmitCues) || t.IndexOf(ReportedWords) >= 0);

    private static readonly string[] ReportedWords = ["da", "bao", "cao"];

    private static bool IsDeadline(TokenStream t, in IntentEvidence evidence)
    {
        if (evidence.Report is null || !t.ContainsAny(DeadlineCues) || t.ContainsAny(ListCues)) return false;
        // "hạn" in "đến hạn"/"sắp đến hạn" asks what falls due, unless a period-bearing report is named.
        return evidence.Report.Value.Kind is not null || !t.ContainsAny(DueCues);
    }

    /// <summary>An instruction to submit: a submit verb, or a message opening with "báo cáo", and no open question.</summary>
    private static bool IsSubmit(TokenStream t)
    {
        var hasVerb = t.ContainsAny(SubmitCues) || t.Is(0, "bao", "cao");
        if (!hasVerb || t.ContainsAny(ScheduleCues)) return false;
        if (!t.ContainsAny(OpenQuestionCues)) return true;
        // "nộp báo cáo như thế nào", "nộp ở đâu": asking how to submit is still submitting.
        return false;
    }
}
