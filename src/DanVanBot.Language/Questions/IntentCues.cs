namespace DanVanBot.Language.Questions;

/// <summary>The cue phrases of <see cref="IntentClassifier"/>, folded; each list is tried in order and names what it found.</summary>
internal static class IntentCues
{
    public static readonly CueList Help = new(
        "tro giup", "huong dan", "help", "giup do", "cach dung", "cach su dung", "su dung the nao", "su dung nhu the nao",
        "lam duoc gi", "lam duoc nhung gi", "biet lam gi", "co the lam gi", "chuc nang", "what can you do", "how to use",
        "how do i use", "menu", "commands", "danh sach lenh", "cac lenh", "moi dung", "lan dau dung", "hoi gi duoc",
        "hoi duoc gi", "hoi duoc nhung gi", "hoi nhung gi", "hoi cai gi", "hoi the nao", "dung the nao", "dung nhu the nao",
        "dung ra sao", "bat dau tu dau", "getting started", "biet dung", "dung cai nay", "tra loi duoc", "user guide", "guide",
        "go lenh", "lenh gi", "huong dan su dung", "how does this", "what can i ask", "what can i do", "biet hoi", "nen hoi gi",
        "giup duoc gi", "giup gi duoc", "giup duoc nhung gi", "ho tro nhung gi", "ho tro duoc gi", "ho tro gi", "can ho tro",
        "xin ho tro", "nho ho tro", "can tro giup", "can giup do", "dung de lam gi", "de lam gi vay");

    // The bot itself as the topic ("bot có biết nhắc hạn không", "gửi qua bot", "hỏi bot"): help when no period is asked about.
    public static readonly CueList Capability = new(
        "hoi bot", "qua bot", "cho bot", "bot co", "bot tra loi", "bot biet", "bot lam", "bot nay", "dung bot", "tro ly co", "tro ly nay", "tro ly ao", "bot giup", "bot ho tro",
        "ask you", "this bot", "the bot", "can you", "you do");

    // The report form or its template: answered with help until the form exists.
    public static readonly CueList Form = new(
        "bieu mau", "mau bao cao", "de cuong bao cao", "de cuong", "file mau", "mau so", "form", "template", "mau bieu",
        "co mau", "xin mau", "gom nhung muc", "gom nhung phan", "nhung muc nao", "nhung muc gi");

    // How to do something: "làm sao (để)", "cách xem", "làm gì để": help whatever it is about.
    public static readonly CueList StrongHow = new(
        "lam sao de", "lam the nao de", "lam gi de", "bang cach nao", "cach nao", "kieu gi", "how do i", "how can i", "how to",
        "lam sao", "lam the nao");

    // "cách" + a verb ("cách gửi", "cách xem"); "cách" alone is also "ago" ("cách đây 2 tuần").
    public static readonly CueList HowVerbs = new(
        "gui", "nop", "xem", "dung", "su dung", "hoi", "tra", "tim", "cap nhat", "chon", "doi", "dang", "upload", "nhan", "lam");

    // "như thế nào", "ra sao": help only about submitting or using the bot, and not about a schedule.
    public static readonly CueList WeakHow = new("nhu the nao", "the nao", "ra sao", "o dau", "qua dau", "how", "where");

    // Words about using the bot; "dùng"/"hỏi" alone are left out: folded they are also "đúng", "dựng", "hội".
    public static readonly CueList Use = new("su dung", "bot", "tro ly", "chon don vi", "doi don vi", "dang ky", "use");

    public static readonly CueList Greeting = new("xin chao", "chao", "hello", "hey", "helo", "hi", "alo", "good morning", "good afternoon", "good evening");

    // Calling the bot and nothing else ("bot ơi", "ad ơi bot ơi"): a greeting too.
    public static readonly HashSet<string> CallWords = ["bot", "oi", "ad", "admin", "alo", "a", "e", "em", "nhe", "voi"];

    // Tags that confirm a statement even after an open question word ("… phải không, sao sớm vậy").
    public static readonly CueList ConfirmationPhrase = new(
        "phai khong", "dung khong", "dung chua", "phai chua", "co dung", "co phai la", "phai chang", "right", "correct");

    public static readonly CueList Missing = new(
        "chua nop", "chua gui", "chua bao cao", "chua co bao cao", "chua hoan thanh", "chua xong", "du chua", "nop chua", "gui chua",
        "bao cao chua", "con thieu", "thieu bao cao", "cham nop", "nop cham", "qua han", "tre han", "not submitted",
        "not reported", "has not", "have not", "did not", "not yet", "missing", "overdue", "late", "nop muon", "nop tre",
        "gui muon", "gui tre", "chua nhan", "chua cap nhat", "con no", "no bao cao", "dang no", "thieu cua", "nao thieu", "ai thieu",
        "bi thieu", "dang thieu");

    public static readonly CueList Deadline = new(
        "han", "thoi han", "deadline", "khi nao", "bao gio", "luc nao", "ngay nao", "hom nao", "thoi gian nao", "ngay may",
        "may gio", "bao lau", "ngay bao nhieu", "thang may", "thang nao", "tuan nao", "quy nao", "dip nao", "thoi diem nao", "when", "due date",
        "han chot", "cham nhat", "muon nhat");

    // Asking for a list ("có báo cáo gì", "báo cáo nào", "what's due") rather than one report's date.
    public static readonly CueList List = new(
        "gi", "bao cao nao", "nhung bao cao", "cac bao cao", "hoat dong nao", "nhung hoat dong", "cac hoat dong", "which",
        "anything", "what is due", "what are");

    public static readonly CueList Submit = new(
        "nop", "gui", "submit", "cap nhat", "update", "bao cao ket qua", "upload", "send", "dien bao cao", "nhap bao cao",
        "muon bao cao", "xin bao cao", "file bao cao", "up bao cao", "up file", "day la bao cao", "gui kem", "dinh kem");

    // Receiving is the other side of submitting: "pnv đã nhận bc quý 3 của xã chưa".
    public static readonly CueList Received = new("nhan duoc", "nhan", "received");

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
        "cong viec", "viec gi", "viec cua", "cac viec", "hoat dong", "giao gi", "giao viec", "giao nhung", "duoc giao", "phan cong", "trach nhiem", "task", "tasks", "duties", "responsibilities", "to do",
        "todo", "phu trach");

    public static readonly CueList Search = new("tim", "tra cuu", "search", "find", "ke hoach", "plan", "plans", "van ban", "look up", "tai lieu",
        "cong van", "quyet dinh", "thong tu", "nghi dinh", "chi thi");

    public static readonly CueList WeakDue = new(
        "co gi", "nhung gi", "nop", "han", "bao cao", "viec", "lich", "what", "anything", "deadline", "report", "reports");

    // The working calendar itself: "ngày làm việc", "ngày nghỉ", "nghỉ lễ", "có phải đi làm không".
    public static readonly CueList Workdays = new(
        "ngay lam viec", "working day", "working days", "business days", "ngay nghi", "nghi le", "nghi bu", "lam bu",
        "di lam", "duoc nghi", "co nghi", "day off", "holiday");

    // "có phải nộp…", "có cần gửi…", "phải gửi … chưa": whether a duty falls on the asker.
    public static readonly CueList Obligation = new("co phai", "co can", "phai", "can", "have to", "must", "need to");

    // "còn mấy ngày (nữa)", "bao lâu nữa": how long is left before a deadline.
    public static readonly CueList DaysLeft = new(
        "con may ngay", "con bao nhieu ngay", "con bao lau", "bao lau nua", "con may hom", "how many days", "days left");
}
