namespace DanVanBot.Language.Questions;

/// <summary>A unit named in a question, at tokens [Start, End), as folded words ("phong noi vu").</summary>
internal readonly record struct UnitMention(int Start, int End, string Name);

/// <summary>
/// Finds a unit by the words unit names start with (phòng, văn phòng, thanh tra, UBND, cơ quan,
/// ủy ban, hội, đoàn, tư pháp…) and takes the following words up to the first word that belongs
/// to the question rather than the name ("có", "phải", "nhiệm vụ", a time word…). Plans name units
/// freely, so no list of unit names is kept here; the caller matches the mention against the plan.
/// </summary>
internal static class UnitMentionParser
{
    private const int MaxNameWords = 8;

    private static readonly string[][] Heads = TokenStream.Phrases(
        "van phong", "phong", "thanh tra", "ubnd", "hdnd", "co quan", "uy ban", "mttq", "mat tran", "doan thanh nien",
        "doan the", "ban chi huy", "ban bien tap", "ban dan van", "ban quan ly", "cong an", "tu phap", "van hoa",
        "tai chinh", "dia chinh", "so noi vu", "so tai chinh", "chi cuc", "trung tam", "hoi phu nu", "hoi nong dan",
        "hoi cuu chien binh", "hoi chu thap do", "lien doan lao dong");

    private static readonly HashSet<string> QuestionWords =
    [
        "co", "phai", "can", "lam", "gi", "nao", "nhiem", "viec", "da", "chua", "duoc", "se", "dang", "nop", "gui",
        "bao", "den", "han", "khi", "thang", "tuan", "quy", "nam", "hom", "ngay", "la", "thi", "a", "oi", "nhe",
        "vay", "ve", "cho", "khong", "hay", "o", "cua", "toi", "minh", "em", "ke", "tim", "xem", "giao", "sap",
        "has", "have", "what", "tasks", "task", "duties", "report", "reports", "submitted", "is", "are", "due",
        "when", "not", "hoac", "voi", "truoc", "sau", "trach", "cac", "nhung", "bi", "con", "nhan",
    ];

    private static readonly string[][] OwnUnit = TokenStream.Phrases(
        "don vi toi", "don vi minh", "don vi em", "don vi chung toi", "co quan toi", "co quan minh", "phong toi",
        "phong minh", "chung toi", "my unit", "our unit", "my office", "our office");

    /// <summary>True when the asker speaks of their own unit ("đơn vị tôi", "my unit").</summary>
    public static bool MentionsOwnUnit(TokenStream t) => t.ContainsAny(OwnUnit);

    public static UnitMention? Find(TokenStream t, bool allowAfterCua)
    {
        for (var i = 0; i < t.Count; i++)
        {
            foreach (var head in Heads)
            {
                if (!t.Is(i, head) || IsFalseHead(t, i, head)) continue;
                return Read(t, i, i + head.Length);
            }
        }
        if (!allowAfterCua) return null;
        // "nhiệm vụ của Tư pháp - Hộ tịch": whatever follows "của" names the unit.
        var of = Array.IndexOf(t.Words, "cua");
        if (of < 0 || t.IsAny(of + 1, "toi", "minh", "em", "chung", "ban", "don") || QuestionWords.Contains(t[of + 1])) return null;
        var mention = Read(t, of + 1, of + 1);
        return mention.End > mention.Start ? mention : null;
    }

    // "phòng" after "dự" is a reserve, "phòng chống" is prevention, "cơ quan" in "cơ quan tôi" is the asker's own.
    private static bool IsFalseHead(TokenStream t, int i, string[] head) =>
        (head[0] == "phong" && (t.Is(i - 1, "du") || t.IsAny(i + 1, "chong", "ngua", "toi", "minh")))
        || (head[0] == "co" && t.IsAny(i + 2, "toi", "minh"));

    private static UnitMention Read(TokenStream t, int start, int afterHead)
    {
        var end = afterHead;
        while (end < t.Count && end - start < MaxNameWords && !EndsName(t, end)) end++;
        return new UnitMention(start, end, string.Join(' ', t.Words, start, end - start));
    }

    // "trong" is also the name syllable "Trọng": only the unaccented word ends a name.
    private static bool EndsName(TokenStream t, int i) => t[i] switch
    {
        "trong" => t.Accented(i) == "trong",
        "ke" => t.Is(i + 1, "hoach"), // "Văn phòng - Thống kê" is a name, "kế hoạch" is not
        _ => QuestionWords.Contains(t[i]),
    };
}
