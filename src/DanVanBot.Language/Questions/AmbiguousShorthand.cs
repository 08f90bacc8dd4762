namespace DanVanBot.Language.Questions;

/// <summary>
/// Shorthand whose meaning depends on its neighbours, resolved after the fixed expansions: "nv" is nội vụ
/// after an office word or a sending verb ("gửi pnv", "phòng nv", "cán bộ nv", "nv huyện") and nhiệm vụ
/// elsewhere ("các nv tháng này"); "hn" is hội nghị next to an event word ("tổ chức hn đối thoại") and hôm nay
/// elsewhere; "cv" is công văn next to a number or a citing word, công việc elsewhere; "kt" is kế toán after
/// "tài chính", kinh tế after "phòng" ("p.kt"), kiểm tra elsewhere; "ct" is chủ tịch before a place or "UBND" ("ct xã"),
/// công tác elsewhere; "hd" is hướng dẫn before a person or "cách" ("hd e dùng"), hoạt động elsewhere; "tk" is thống kê after "văn phòng", tổng kết elsewhere; "t2".."t7" read as
/// weekdays ("sáng T6", "T6 này", "T2 tuần sau") and as months otherwise ("bc t6").
/// </summary>
internal static class AmbiguousShorthand
{
    private static readonly HashSet<string> OfficeWords = ["phong", "so", "bo", "ban", "nganh", "qua", "gui", "nop", "cq", "vuc", "phan", "vien"];

    private static readonly HashSet<string> PlaceWords = ["huyen", "tinh", "xa", "phuong", "tp"];

    private static readonly HashSet<string> MeetingNeighbours =
        ["to", "chuc", "du", "hop", "doi", "thoai", "so", "tong", "ket", "truc", "tuyen", "tap", "huan", "chuyen", "de"];

    private static readonly HashSet<string> DayParts = ["sang", "chieu", "trua", "hom"];

    public static void Resolve(List<string> words, List<string> accented)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "thang" && IsWeekdayShorthand(words, accented, i))
            {
                words[i] = accented[i] = "thu";
                continue;
            }
            var expansion = words[i] switch
            {
                // "p.nv", "p vhxh": "p" before a unit's shorthand is "phòng".
                "p" when Word(words, i + 1) is "nv" or "noi" or "van" or "vh" or "kt" or "tp" => Split("phong"),
                "nv" => IsOffice(words, i) ? Split("noi vu") : Split("nhiem vu"),
                "hn" => IsMeeting(words, i) ? Split("hoi nghi") : Split("hom nay"),
                "cv" => IsDocument(words, i) ? Split("cong van") : Split("cong viec"),
                "kt" => Word(words, i - 1) switch { "chinh" => Split("ke toan"), "phong" => Split("kinh te"), _ => Split("kiem tra") },
                "ct" => IsChair(words, i) ? Split("chu tich") : Split("cong tac"),
                "hd" => IsInstruction(words, i) ? Split("huong dan") : Split("hoat dong"),
                "tk" => Word(words, i - 1) == "phong" ? Split("thong ke") : Split("tong ket"),
                _ => null,
            };
            if (expansion is null) continue;
            words.RemoveAt(i);
            accented.RemoveAt(i);
            words.InsertRange(i, expansion);
            accented.InsertRange(i, expansion);
            i += expansion.Length - 1;
        }
    }

    private static string[] Split(string words) => words.Split(' ');

    private static string Word(List<string> words, int i) => (uint)i < (uint)words.Count ? words[i] : string.Empty;

    private static bool IsOffice(List<string> words, int i) =>
        OfficeWords.Contains(Word(words, i - 1)) || PlaceWords.Contains(Word(words, i + 1))
        || (Word(words, i + 1) == "thanh" && Word(words, i + 2) == "pho")
        || (Word(words, i - 1) == "chuc" && Word(words, i - 2) == "to")
        || (Word(words, i - 1) == "bo" && Word(words, i - 2) == "can");

    // "ct xã", "ct ubnd", "phó ct": the chairperson; "ct dân vận", "đi ct": công tác.
    private static bool IsChair(List<string> words, int i) =>
        PlaceWords.Contains(Word(words, i + 1)) || Word(words, i + 1) is "ubnd" or "uy" || Word(words, i - 1) is "pho";

    // "hd e dùng", "hd mình cách nộp", "hd sử dụng": hướng dẫn (instruct someone, how to use); "hđ tháng này": hoạt động.
    private static bool IsInstruction(List<string> words, int i) =>
        Pronouns.Contains(Word(words, i + 1)) || Word(words, i + 1) is "cach" || Word(words, i + 1) == "su" && Word(words, i + 2) == "dung";

    private static readonly HashSet<string> Pronouns = ["e", "em", "minh", "toi", "anh", "chi", "to", "tui", "mik", "ban"];

    private static bool IsMeeting(List<string> words, int i) =>
        MeetingNeighbours.Contains(Word(words, i - 1)) || MeetingNeighbours.Contains(Word(words, i + 1));

    private static bool IsDocument(List<string> words, int i) =>
        Word(words, i - 1) is "theo" or "so" or "tai" || Word(words, i + 1) is "so" || IsDigits(Word(words, i + 1));

    /// <summary>
    /// "t6" was expanded to "thang 6"; its first word keeps the typed "t6" as its accented form. A day part before it
    /// ("sáng T6") or "này"/"tuần" after it ("T6 này", "T6 tuần sau") makes it a weekday.
    /// </summary>
    private static bool IsWeekdayShorthand(List<string> words, List<string> accented, int i)
    {
        var typed = accented[i];
        if (typed.Length != 2 || typed[0] != 't' || typed[1] is < '2' or > '7') return false;
        if (Word(words, i - 1) is "bao" || Word(words, i - 1) == "cao") return false; // "bc t6" is June's report
        var next = Word(words, i + 2);
        return DayParts.Contains(Word(words, i - 1)) || next is "nay" or "tuan"
            || (Word(words, i - 1) == "toi" && accented[i - 1] == "tối");
    }

    private static bool IsDigits(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);
}
