using DanVanBot.Language.Text;

namespace DanVanBot.Language.Questions;

/// <summary>The words worth repairing when mistyped, and words that must be left alone.</summary>
internal static class QuestionVocabulary
{
    // Priority order matters on ties: the commonest question words first.
    private static readonly string[] Keywords =
    [
        "thang", "tuan", "quy", "nam", "han", "nop", "bao", "cao", "hoach", "nhiem", "chua", "sap", "toi",
        "den", "nay", "sau", "truoc", "ngay", "mai", "hom", "dau", "cuoi", "phong", "noi", "don", "gui",
        "ket", "qua", "tim", "kiem", "giup", "huong", "dan", "khi", "nao", "gio", "lam", "duoc", "nhung",
        "phai", "can", "chinh", "quyen", "van", "thoi", "gian", "viec", "cong", "ngoai", "khong", "trong",
        "deadline", "deadlines", "report", "reports", "submit", "search", "help", "today", "tomorrow",
        "week", "month", "quarter", "year", "next", "last", "this", "upcoming", "annual", "quarterly",
        "monthly", "tasks", "missing", "plan", "plans", "when", "what", "which", "units",
    ];

    // English and other non-syllable words that are fine as typed.
    private static readonly string[] OtherKnownWords =
    [
        "ubnd", "hdnd", "mttq", "danvanbot", "the", "is", "are", "for", "of", "in", "on", "to", "and", "my",
        "our", "who", "how", "can", "you", "do", "does", "due", "show", "list", "me", "please", "find",
        "from", "until", "between", "before", "by", "have", "has", "not", "yet", "half", "first", "second",
        "coming", "soon", "days", "weeks", "months", "current", "previous", "past", "end", "early",
        "beginning", "start", "submitted", "reported", "report", "unit", "office", "what", "whats",
        "semi", "yearly", "biannual", "sent", "send", "upload", "overdue", "commands", "menu", "hello",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "weekend", "with", "about", "any", "anything", "all",
    ];

    public static readonly KeywordSpeller Speller = new(Keywords, OtherKnownWords);
}
