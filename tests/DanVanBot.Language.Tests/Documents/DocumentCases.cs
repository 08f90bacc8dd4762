using System.Globalization;
using DanVanBot.Domain.Plans;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>The dated occurrences of a parsed document as one line, windows as "from-to", for table tests.</summary>
internal static class DocumentCases
{
    public static string Deadlines(ParsedPlan document) => string.Join(", ",
        document.Obligations
            .Where(o => !o.NeedsDate)
            .SelectMany(o => o.Occurrences)
            .Where(o => o.LastDay is not null)
            .Select(o => o.WindowFrom is { } from ? $"{Day(from)}-{Day(o.WindowTo!.Value)}" : Day(o.LastDay!.Value))
            .Distinct()
            .Order(StringComparer.Ordinal));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A công văn of a commune with <paramref name="body"/> under its addressees.</summary>
    public static string Letter(params string[] body) => string.Join('\n',
    [
        "ỦY BAN NHÂN DÂN", "XÃ TÂN HIỆP", "Số: 77/UBND-VHXH", "V/v triển khai công tác dân vận chính quyền năm 2026",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Hiệp, ngày 14 tháng 01 năm 2026", "",
        "Kính gửi:", "- Các phòng chuyên môn thuộc UBND xã;", "- Trưởng các ấp.", "",
        .. body,
        "", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa",
    ]);
}
