using System.Text;

namespace DanVanBot.Bench;

/// <summary>The two text shapes that made the old reader quadratic (issue 8), grown to a given UTF-8 size.</summary>
public static class HostilePlans
{
    private const string Header =
        "ỦY BAN NHÂN DÂN\nQUẬN 7\nSố: 12/KH-UBND\nQuận 7, ngày 30 tháng 3 năm 2025\nKẾ HOẠCH\n" +
        "Thực hiện công tác dân vận chính quyền năm 2025\nI. MỤC ĐÍCH\nNâng cao hiệu quả công tác.\n" +
        "II. NHIỆM VỤ\n";

    /// <summary>One paragraph cut into short lines (a PDF copied into Word): every line continues the previous one.</summary>
    public static string ContinuationRun(int bytes) =>
        Grow(Header + "- Các đơn vị gửi báo cáo", "\ntiếp tục nội dung, báo cáo trước ngày 15/12/2025", bytes);

    /// <summary>One paragraph, one sentence, thousands of dated phrases.</summary>
    public static string LongParagraph(int bytes) =>
        Grow(Header + "- Phòng Nội vụ", " gửi báo cáo sơ kết trước ngày 15/6/2025, tổng kết trước ngày 25/11/2025,", bytes);

    private static string Grow(string start, string repeated, int bytes)
    {
        var text = new StringBuilder(start);
        var size = Encoding.UTF8.GetByteCount(start);
        var step = Encoding.UTF8.GetByteCount(repeated);
        while (size < bytes)
        {
            text.Append(repeated);
            size += step;
        }
        return text.Append(".\n").ToString();
    }
}
