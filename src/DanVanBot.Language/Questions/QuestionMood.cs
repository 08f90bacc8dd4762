namespace DanVanBot.Language.Questions;

/// <summary>
/// Whether a message asks or tells, read from Vietnamese interrogatives rather than from the verbs: a question word
/// (gì, nào, khi nào, bao giờ, bao nhiêu, mấy, ai, đâu, sao, thế nào…), a closing yes/no particle (không, chưa,
/// à, hả, chứ, nhỉ…) or a question mark. <see cref="Confirmation"/> is a tag asking to confirm what the asker
/// already believes ("… phải không?", "… đúng chưa?", "… rồi hả?").
/// </summary>
internal readonly record struct QuestionMood(string? Interrogative, string? Polar, string? Confirmation, bool QuestionMark)
{
    public bool IsQuestion => Interrogative is not null || Polar is not null || Confirmation is not null || QuestionMark;

    /// <summary>The cue that makes it a question, for explanations.</summary>
    public string? Cue => Confirmation ?? Interrogative ?? Polar ?? (QuestionMark ? "?" : null);
}

internal static class QuestionMoodReader
{
    private static readonly CueList Interrogatives = new(
        "khi nao", "bao gio", "luc nao", "ngay nao", "hom nao", "thoi gian nao", "bao nhieu", "bao lau", "ngay may", "may ngay",
        "may gio", "may", "the nao", "lam sao", "tai sao", "vi sao", "o dau", "gi", "nao", "ai", "what", "when", "which", "who", "how",
        "where", "why");

    // Tags that ask to confirm a statement; "có phải" only as "có phải là" ("có phải nộp…" asks about a duty).
    private static readonly CueList ConfirmationTags = new(
        "phai khong", "dung khong", "dung chua", "phai chua", "co dung", "co phai la", "phai chang", "dung phai", "dung ha",
        "dung a", "roi ha", "roi a", "is that right", "is it", "is not it", "is it not", "does not it", "right", "correct");

    // Closing particles of politeness that do not change the mood ("… không ạ", "… chưa nhé").
    private static readonly HashSet<string> Softeners = ["a", "nhe", "nha", "vay", "the", "do", "z", "v", "ak", "ah", "em", "anh", "chi", "ban", "oi", "nhi", "ad", "moi", "nguoi",
        "bot", "pls", "please", "e", "c", "ta"];

    private static readonly string[] EnglishAuxiliaries = ["do", "does", "did", "is", "are", "can", "should", "will", "have", "has", "any", "anything"];
    private static readonly string[] NotOr = ["khong", "hay"];
    private static readonly string[] OrNot = ["hay", "khong"];

    public static QuestionMood Read(TokenStream t, bool questionMark)
    {
        var last = LastMeaningful(t);
        string? polar = t[last] switch
        {
            "khong" or "chua" => t[last],
            "ha" or "ho" or "chang" => t[last],
            // "… chứ": typed without tone only when no compound claims it ("dân chủ", "làm chủ").
            "chu" when t.Accented(last) == "chứ" || t.Accented(last) == "chu" && !t.IsAny(last - 1, "dan", "lam", "cong", "ong", "ba") => "chu",
            "a" when t.Accented(last) == "à" => "à",
            _ => null,
        };
        // "có cần nộp … không hay gộp vào quý", "… hay không": a yes/no question that goes on after "không".
        if (polar is null && (t.IndexOf(NotOr) >= 0 || t.IndexOf(OrNot) >= 0)) polar = "khong";
        // English yes/no questions open with an auxiliary: "do I need to send…?", "is there…", "any…?".
        if (polar is null && t.IsAny(0, EnglishAuxiliaries)) polar = t[0];
        var confirmation = ConfirmationTags.Find(t);
        if (confirmation is null && polar is "ha" or "ho" or "chu" or "à") confirmation = polar;
        // "… nhỉ" confirms a statement; after "chưa/không" it only softens a yes/no question ("đã gửi chưa nhỉ").
        if (confirmation is null && polar is null && t.Accented(t.Count - 1) == "nhỉ") confirmation = "nhi";
        return new QuestionMood(FindInterrogative(t), polar, confirmation, questionMark);
    }

    private static string? FindInterrogative(TokenStream t)
    {
        var found = Interrogatives.Find(t);
        // "sao" asks only at the end ("… thì sao?"); elsewhere it is a copy ("bản sao").
        if (found is null && t[LastMeaningful(t)] == "sao") return "sao";
        // "đâu" folds like "đầu": only the accented form or "ở đâu" asks where.
        if (found is null)
        {
            for (var i = 0; i < t.Count; i++)
            {
                if (t.Accented(i) == "đâu") return "dau";
            }
        }
        return found;
    }

    private static int LastMeaningful(TokenStream t)
    {
        var last = t.Count - 1;
        while (last > 0 && Softeners.Contains(t[last]) && t.Accented(last) != "à") last--;
        return last;
    }
}
