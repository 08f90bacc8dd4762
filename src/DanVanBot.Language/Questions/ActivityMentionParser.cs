namespace DanVanBot.Language.Questions;

/// <summary>An activity named in a question at tokens [Start, End): "kiem tra", "hoi nghi doi thoai"; "hoat dong" for any.</summary>
internal readonly record struct ActivityMention(int Start, int End, string Name)
{
    /// <summary>"hoạt động", "sự kiện": any activity of the plans, whatever it is.</summary>
    public bool IsAny => Name is "hoat dong" or "su kien";
}

/// <summary>
/// Finds the dated activities plans set besides reports: inspections, conferences, dialogues, reviews, training,
/// campaigns, surveys, citizen receptions… Neighbouring activity words make one name ("hội nghị đối thoại",
/// "sơ kết, tổng kết"). The answer side matches the name against the duty texts of the plans.
/// </summary>
internal static class ActivityMentionParser
{
    private static readonly CueList Nouns = new(
        "kiem tra", "giam sat", "hoi nghi", "doi thoai", "so ket", "tong ket", "tap huan", "boi duong", "tuyen truyen",
        "khao sat", "tiep cong dan", "tiep dan", "tiep xuc cu tri", "tiep xuc", "hoi thi", "hoi thao", "toa dam", "giao ban", "danh gia", "cham diem",
        "tu cham", "phat dong", "thi dua", "khen thuong", "mit tinh", "dien dan", "pho bien", "quan triet", "hoat dong",
        "su kien", "le ra quan", "ra quan", "le phat dong", "le ky niem", "cuoc thi", "binh xet", "gap mat", "inspection", "inspections", "inspectors", "inspector", "conference", "conferences", "dialogue", "training", "meeting", "meetings",
        "review", "survey");

    public static ActivityMention? Find(TokenStream t, ReportMention? report)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (report is { } r && i >= r.Start && i < r.End) continue;
            var noun = Nouns.At(t, i) ?? Meeting(t, i);
            if (noun is null) continue;
            var end = i + noun.Split(' ').Length;
            // "hội nghị đối thoại", "kiểm tra, giám sát": one activity named by several nouns.
            while ((Nouns.At(t, end) ?? Meeting(t, end)) is { } more && !t.Is(end, "hoat", "dong")) end += more.Split(' ').Length;
            return new ActivityMention(i, end, string.Join(' ', t.Words, i, end - i));
        }
        return null;
    }

    // "họp" is a meeting only with its tone ("hop" alone is as often "hợp": hợp đồng, phù hợp), and "phòng họp" is a room.
    private static string? Meeting(TokenStream t, int i) => t.Accented(i) == "họp" && !t.Is(i - 1, "phong") ? "hop" : null;
}
