using System.Text;

namespace DanVanBot.Bench;

/// <summary>The two text shapes that made the old reader quadratic (issue 8), grown to a given UTF-8 size.</summary>
public static class HostilePlans
{
    private const string Header =
        "ỦY BAN NHÂN DÂN\nQUẬN 7\nSố: 12/KH-UBND\nQuận 7, ngày 30 tháng 3 năm 2025\nKẾ HOẠCH\n" +
        "Thực hiện công tác dân vận chính quyền năm 2025\nI. MỤC ĐÍCH\nNâng cao hiệu quả công tác.\n" +
        "II. NHIỆM VỤ\n";

    /// <summary>
    /// One paragraph cut into short lines (a PDF copied into Word): every line continues the previous one, and the
    /// deadline comes at the end. (A date on every line is refused instead: lines × dates source-line references.)
    /// </summary>
    public static string ContinuationRun(int bytes) =>
        Grow(Header + "- Các đơn vị gửi báo cáo", "\ntiếp tục nội dung công tác dân vận chính quyền", bytes, " trước ngày 15/12/2025");

    /// <summary>
    /// One paragraph, one sentence, a dated phrase every 2 KB (about 1,500 at 3 MB, under the parser's 2,000
    /// obligations): the old reader folded the whole sentence again for each of them.
    /// </summary>
    public static string LongParagraph(int bytes) =>
        Grow(Header + "- Phòng Nội vụ", Filler + " gửi báo cáo sơ kết trước ngày 15/6/2025,", bytes);

    private static readonly string Filler = string.Concat(Enumerable.Repeat(" phối hợp vận động Nhân dân tham gia xây dựng chính quyền", 35));

    private static string Grow(string start, string repeated, int bytes, string end = "")
    {
        var text = new StringBuilder(start);
        var size = Encoding.UTF8.GetByteCount(start);
        var step = Encoding.UTF8.GetByteCount(repeated);
        while (size < bytes)
        {
            text.Append(repeated);
            size += step;
        }
        return text.Append(end).Append(".\n").ToString();
    }
}
