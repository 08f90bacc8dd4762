using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tables;

/// <summary>
/// Recognises the header of a task table by its vocabulary: each header cell is a short label whose words say what
/// the column holds ("Cơ quan chủ trì", "Thời gian hoàn thành"). A row of such labels with a task column and a
/// time or lead column starts a table whatever the order or the number of its columns.
/// </summary>
internal static class ColumnLabels
{
    private const int MaxLabelWords = 16;

    // Checked in this order: the first rule whose words a label contains decides ("Thời hạn gửi báo cáo" is a time,
    // not a report; "Đơn vị chủ trì thực hiện nhiệm vụ" a lead, not a task).
    private static readonly (ColumnRole Role, string[] Words)[] Vocabulary =
    [
        (ColumnRole.Other, ["so ngay", "chot so lieu", "kinh phi", "nguon von", "du toan", "so luong", "dia diem"]),
        (ColumnRole.Partners, ["phoi hop"]),
        (ColumnRole.Lead, ["chu tri", "don vi thuc hien", "co quan thuc hien", "trach nhiem", "phu trach", "don vi bao cao",
            "co quan bao cao", "doi tuong", "don vi gui", "co quan gui", "nguoi thuc hien", "bo phan thuc hien", "phan cong",
            "tham muu", "giao cho"]),
        (ColumnRole.Recipient, ["noi nhan", "co quan nhan", "don vi nhan", "gui ve", "noi gui", "tiep nhan"]),
        (ColumnRole.Time, ["thoi gian", "thoi han", "tien do", "ngay cham nhat", "han hoan thanh", "han gui", "thoi diem",
            "moc", "ngay hoan thanh", "lich"]),
        (ColumnRole.Product, ["san pham", "ket qua", "hinh thuc", "dau ra"]),
        (ColumnRole.Note, ["ghi chu"]),
        (ColumnRole.Period, ["ky bao cao"]),
        (ColumnRole.Task, ["noi dung", "nhiem vu", "cong viec", "hoat dong", "bao cao", "ten van ban", "chi tieu", "giai phap",
            "chuong trinh", "de an", "van ban"]),
    ];

    // Labels that name a column on their own, without any of the words above.
    private static readonly (ColumnRole Role, string[] Labels)[] WholeLabels =
    [
        (ColumnRole.Number, ["tt", "stt", "so tt", "so thu tu", "thu tu", "t.t", "s.tt"]),
        (ColumnRole.Lead, ["co quan", "don vi", "co quan, don vi", "don vi, dia phuong", "co quan, don vi, dia phuong"]),
        (ColumnRole.Task, ["ten", "muc"]),
        (ColumnRole.Time, ["han", "ngay", "thang"]),
    ];

    /// <summary>The role a header label names, or null when it is not a header label.</summary>
    public static ColumnRole? RoleOf(string label)
    {
        var text = label.Trim().TrimEnd(':', '*').Trim();
        if (text.Length is 0 or > 120 || text.EndsWith('.') && !text.EndsWith("T.T", StringComparison.OrdinalIgnoreCase)) return null;
        var folded = VietnameseText.Fold(text);
        if (folded.Split(' ').Length > MaxLabelWords) return null;
        foreach (var (role, labels) in WholeLabels)
            if (labels.Contains(folded)) return role;
        foreach (var (role, words) in Vocabulary)
            if (words.Any(word => StartsWord(folded, word))) return role;
        return null;
    }

    /// <summary>
    /// The columns, when <paramref name="labels"/> is the header of a task table: every label but at most one is a
    /// header label, and there is something to do (a task or a report period) with a time or a lead unit.
    /// </summary>
    public static IReadOnlyList<TableColumn>? TryRead(IReadOnlyList<string> labels)
    {
        if (labels.Count < 2) return null;
        var columns = new List<TableColumn>(labels.Count);
        var unknown = 0;
        foreach (var label in labels)
        {
            var role = RoleOf(label);
            if (role is null && ++unknown > 1) return null;
            columns.Add(new TableColumn(role ?? ColumnRole.Other, VietnameseText.Clean(label)));
        }
        var roles = columns.Select(c => c.Role).ToHashSet();
        var hasWork = roles.Contains(ColumnRole.Task) || roles.Contains(ColumnRole.Period);
        var hasWhoOrWhen = roles.Contains(ColumnRole.Time) || roles.Contains(ColumnRole.Lead);
        return hasWork && hasWhoOrWhen && columns.Count - unknown >= 2 ? columns : null;
    }

    private static bool StartsWord(string folded, string word)
    {
        var index = folded.IndexOf(word, StringComparison.Ordinal);
        while (index >= 0)
        {
            var startsWord = index == 0 || !char.IsLetterOrDigit(folded[index - 1]);
            var end = index + word.Length;
            var endsWord = end == folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (startsWord && endsWord) return true;
            index = folded.IndexOf(word, index + 1, StringComparison.Ordinal);
        }
        return false;
    }
}
