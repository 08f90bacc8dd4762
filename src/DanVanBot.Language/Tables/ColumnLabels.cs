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
        (ColumnRole.Other, ["so ngay", "chot so lieu", "kinh phi", "nguon von", "du toan", "so luong", "dia diem", "thanh phan",
            "ho ten", "ho va ten", "nguoi tiep", "thanh vien", "can bo tham gia"]),
        (ColumnRole.Subject, ["duoc kiem tra", "duoc giam sat", "doi tuong kiem tra", "doi tuong giam sat", "noi kiem tra", "dia ban",
            "kiem tra tai", "co so duoc"]),
        (ColumnRole.Partners, ["phoi hop"]),
        (ColumnRole.Lead, ["chu tri", "don vi thuc hien", "co quan thuc hien", "trach nhiem", "phu trach", "don vi bao cao",
            "co quan bao cao", "doi tuong", "don vi gui", "co quan gui", "nguoi thuc hien", "bo phan thuc hien", "phan cong",
            "tham muu", "giao cho", "truong doan", "chuc vu", "lanh dao tiep", "lanh dao chu tri", "nguoi chu tri"]),
        (ColumnRole.Recipient, ["noi nhan", "co quan nhan", "don vi nhan", "gui ve", "noi gui", "tiep nhan"]),
        (ColumnRole.Time, ["thoi gian", "thoi han", "tien do", "ngay cham nhat", "han hoan thanh", "han gui", "thoi diem",
            "moc", "ngay hoan thanh", "lich"]),
        (ColumnRole.Product, ["san pham", "ket qua", "hinh thuc", "dau ra"]),
        (ColumnRole.Note, ["ghi chu"]),
        (ColumnRole.Period, ["ky bao cao"]),
        (ColumnRole.Task, ["noi dung", "nhiem vu", "cong viec", "hoat dong", "bao cao", "ten van ban", "chi tieu", "giai phap",
            "chuong trinh", "de an", "van ban"]),
        // Last, so that "Trưởng đoàn kiểm tra" stays a lead and "Nội dung Đoàn kiểm tra làm việc" a task: which team goes,
        // in a schedule of several ("Đoàn kiểm tra", "Tổ giám sát"), not the unit the row is about.
        (ColumnRole.Other, ["doan kiem tra", "doan giam sat", "to kiem tra", "to giam sat", "to cong tac"]),
    ];

    // Labels that name a column on their own, without any of the words above.
    private static readonly (ColumnRole Role, string[] Labels)[] WholeLabels =
    [
        (ColumnRole.Number, ["tt", "stt", "so tt", "so thu tu", "thu tu", "t.t", "s.tt", "buoc"]),
        (ColumnRole.Lead, ["co quan", "don vi", "co quan, don vi", "don vi, dia phuong", "co quan, don vi, dia phuong"]),
        (ColumnRole.Task, ["ten", "muc"]),
        (ColumnRole.Subject, ["thon", "ap", "thon, ap", "thon/ap", "to dan pho", "khu pho"]),
        (ColumnRole.Time, ["han", "ngay", "thang"]),
        (ColumnRole.Other, ["buoi", "gio"]),
    ];

    // A label that starts with one of these is a time whatever follows ("Thời hạn gửi về UBND xã (qua Văn phòng …)").
    // "Ngày làm việc", "Ngày kiểm tra": the day of a schedule's row.
    private static readonly string[] TimeStarts = ["thoi gian", "thoi han", "han ", "ngay ", "tien do", "thoi diem", "moc thoi gian"];

    /// <summary>The role a header label names, or null when it is not a header label.</summary>
    public static ColumnRole? RoleOf(string label)
    {
        var text = label.Trim().TrimEnd(':', '*').Trim();
        if (text.Length is 0 or > 120 || text.EndsWith('.') && !text.EndsWith("T.T", StringComparison.OrdinalIgnoreCase)) return null;
        var folded = VietnameseText.Fold(text);
        if (folded.Split(' ').Length > MaxLabelWords) return null;
        foreach (var (role, labels) in WholeLabels)
            if (labels.Contains(folded)) return role;
        if (!folded.Contains("chot so lieu", StringComparison.Ordinal) && TimeStarts.Any(start => folded.StartsWith(start, StringComparison.Ordinal)))
            return ColumnRole.Time;
        // "Giờ tiếp", "Buổi làm việc": the clock time or part of the day beside a schedule's day column, not a date.
        if ((folded.StartsWith("gio ", StringComparison.Ordinal) || folded.StartsWith("buoi ", StringComparison.Ordinal))
            && !folded.Contains("ngay", StringComparison.Ordinal))
            return ColumnRole.Other;
        foreach (var (role, words) in Vocabulary)
            if (words.Any(word => StartsWord(folded, word))) return role;
        return null;
    }

    /// <summary>
    /// The columns, when <paramref name="labels"/> is the header of a task table: nearly every label is a header label
    /// (one unknown in three at most), and there is something to do (a task, a report period, a unit or place the work
    /// is about) with a time or a lead unit, or at least a lead unit and a time.
    /// </summary>
    public static IReadOnlyList<TableColumn>? TryRead(IReadOnlyList<string> labels)
    {
        if (labels.Count < 2) return null;
        var columns = new List<TableColumn>(labels.Count);
        var unknown = 0;
        foreach (var label in labels)
        {
            var role = RoleOf(label);
            if (role is null) unknown++;
            columns.Add(new TableColumn(role ?? ColumnRole.Other, VietnameseText.Clean(label)));
        }
        if (unknown > Math.Max(1, labels.Count / 3) || columns.Count - unknown < 2) return null;
        var roles = columns.Select(c => c.Role).ToHashSet();
        var hasWork = roles.Contains(ColumnRole.Task) || roles.Contains(ColumnRole.Period) || roles.Contains(ColumnRole.Subject);
        var hasTime = roles.Contains(ColumnRole.Time);
        var hasLead = roles.Contains(ColumnRole.Lead);
        return hasWork && (hasTime || hasLead) || hasTime && hasLead ? columns : null;
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
