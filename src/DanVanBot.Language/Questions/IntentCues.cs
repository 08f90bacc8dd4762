namespace DanVanBot.Language.Questions;

/// <summary>The cue phrases of <see cref="IntentClassifier"/>, folded; each list is tried in order and names what it found.</summary>
internal static class IntentCues
{
    public static readonly CueList Help = new(
        "tro giup", "huong dan", "help", "giup do", "cach dung", "cach su dung", "su dung the nao", "su dung nhu the nao",
        "lam duoc gi", "lam duoc nhung gi", "biet lam gi", "co the lam gi", "chuc nang", "what can you do", "how to use",
        "how do i use", "menu", "commands", "danh sach lenh", "cac lenh", "moi dung", "lan dau dung", "hoi gi duoc",
        "hoi duoc gi", "hoi duoc nhung gi", "hoi nhung gi", "hoi cai gi", "hoi the nao", "dung the nao", "dung nhu the nao",
        "dung ra sao", "bat dau tu dau", "getting started");

    // The report form or its template: answered with help until the form exists.
    public static readonly CueList Form = new(
        "bieu mau", "mau bao cao", "de cuong bao cao", "de cuong", "file mau", "mau so", "form", "template", "mau bieu");

    // How to do something ("làm sao", "như thế nào"): help when it is about submitting or using the bot.
    public static readonly CueList How = new(
        "lam sao", "lam the nao", "nhu the nao", "the nao", "ra sao", "bang cach nao", "cach nao", "cach", "o dau", "qua dau",
        "how", "where");

    // Words about using the bot; "dùng"/"hỏi" alone are left out: folded they are also "đúng", "dựng", "hội".
    public static readonly CueList Use = new("su dung", "bot", "tro ly", "chon don vi", "doi don vi", "dang ky", "use");

    public static readonly CueList Greeting = new("xin chao", "chao", "hello", "hi", "alo");

    public static readonly CueList Missing = new(
        "chua nop", "chua gui", "chua bao cao", "chua co bao cao", "chua hoan thanh", "chua xong", "du chua", "nop chua", "gui chua",
        "bao cao chua", "con thieu", "thieu bao cao", "cham nop", "nop cham", "qua han", "tre han", "not submitted",
        "not reported", "has not", "have not", "did not", "not yet", "missing", "overdue", "late");

    public static readonly CueList Deadline = new(
        "han", "thoi han", "deadline", "khi nao", "bao gio", "luc nao", "ngay nao", "hom nao", "thoi gian nao", "ngay may",
        "may gio", "bao lau", "when", "due date", "han chot", "cham nhat", "muon nhat");

    // Asking for a list ("có báo cáo gì", "báo cáo nào", "what's due") rather than one report's date.
    public static readonly CueList List = new(
        "gi", "bao cao nao", "nhung bao cao", "cac bao cao", "hoat dong nao", "nhung hoat dong", "cac hoat dong", "which",
        "anything", "what is due", "what are");

    public static readonly CueList Submit = new(
        "nop", "gui", "submit", "cap nhat", "bao cao ket qua", "upload", "send", "dien bao cao", "nhap bao cao",
        "muon bao cao", "xin bao cao", "file bao cao");

    // "lịch nộp báo cáo", "hạn nộp báo cáo", "khi nào nộp": asking about the schedule, not submitting.
    public static readonly CueList Schedule = new("lich", "han", "thoi han", "deadline", "schedule", "khi nao", "bao gio", "luc nao");

    public static readonly CueList OpenQuestion = new(
        "gi", "khi nao", "bao gio", "luc nao", "ngay nao", "chua", "ai", "bao nhieu", "what", "when", "which", "who",
        "khong", "co phai");

    public static readonly CueList Due = new(
        "den han", "het han", "toi han", "sap den", "sap toi", "sap het", "due", "upcoming", "deadlines", "coming up",
        "can nop", "phai nop", "nop gi", "can gui", "phai gui", "gui gi", "phai bao cao", "can bao cao", "lich nop",
        "lich bao cao", "han nop", "han gui");

    public static readonly CueList Tasks = new(
        "nhiem vu", "phai lam gi", "can lam gi", "viec can lam", "viec phai lam", "lam gi", "lam nhung gi", "lam nhung viec gi",
        "cong viec", "viec gi", "duoc giao", "phan cong", "trach nhiem", "task", "tasks", "duties", "responsibilities", "to do",
        "todo", "phu trach");

    public static readonly CueList Search = new("tim", "tra cuu", "search", "find", "ke hoach", "plan", "plans", "van ban", "look up", "tai lieu");

    public static readonly CueList WeakDue = new(
        "co gi", "nhung gi", "nop", "han", "bao cao", "viec", "lich", "what", "anything", "deadline", "report", "reports");

    // "còn mấy ngày (nữa)", "bao lâu nữa": how long is left before a deadline.
    public static readonly CueList DaysLeft = new(
        "con may ngay", "con bao nhieu ngay", "con bao lau", "bao lau nua", "con may hom", "how many days", "days left");
}
