namespace DanVanBot.Language.Questions;

/// <summary>
/// The content words left once question words, intent cues, time expressions, the report name and
/// the unit are taken out, grouped into phrases of neighbouring words ("quy che dan chu"), for
/// searching plan titles and task texts.
/// </summary>
internal static class KeywordExtractor
{
    private static readonly HashSet<string> Stop =
    [
        "co", "gi", "nao", "la", "cua", "cho", "toi", "minh", "em", "ban", "bot", "anh", "chi", "oi", "a", "nhe", "vay",
        "the", "thi", "ma", "va", "voi", "cac", "nhung", "mot", "duoc", "phai", "can", "lam", "nop", "gui", "bao", "cao",
        "han", "ke", "hoach", "tim", "kiem", "tra", "cuu", "xem", "giup", "khi", "gio", "sap", "den", "chua", "da", "se",
        "dang", "khong", "ai", "don", "vi", "nhiem", "hay", "ve", "o", "dau", "nhu", "so", "thoi", "nay",
        "tren", "dia", "ban", "hien", "tai", "dum", "giup", "voi", "xin", "hoi", "muon", "biet", "liet", "ke", "danh",
        "sach", "het", "tat", "ca", "bay", "trong", "luc", "list", "show", "me",
        "search", "find", "plan", "plans", "for", "of", "about", "a", "an", "is", "are", "what", "which", "when", "who",
        "please", "my", "our", "in", "on", "to", "and", "due", "report", "reports", "deadline", "tasks", "ban",
        "tai", "lieu", "viec", "ket", "qua", "rang", "thuoc", "theo", "nhieu", "it", "moi", "cu", "nam",
    ];

    public static IReadOnlyList<string> Extract(TokenStream t, bool[] consumed)
    {
        List<string>? phrases = null;
        var start = -1;
        for (var i = 0; i <= t.Count; i++)
        {
            var isContent = i < t.Count && !consumed[i] && !Stop.Contains(t[i]) && !IsNumberOnly(t[i])
                && !(t[i] == "vu" && t.Is(i - 1, "nhiem"));
            if (isContent && start < 0) start = i;
            if (isContent || start < 0) continue;
            (phrases ??= []).Add(string.Join(' ', t.Words, start, i - start));
            start = -1;
        }
        return phrases ?? (IReadOnlyList<string>)[];
    }

    private static bool IsNumberOnly(string word)
    {
        foreach (var ch in word)
        {
            if (ch is not (>= '0' and <= '9') and not '/') return false;
        }
        return true;
    }
}
