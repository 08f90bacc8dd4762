using System.Buffers;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Cheap tests that let most sentences of a plan skip the grammar: every recogniser needs a digit or one of a few
/// words, so a folded sentence without any of them can hold no deadline phrase. Keep these lists in step with the
/// recognisers' patterns: a word missing here silently hides the phrases that need it.
/// </summary>
internal static class GrammarKeywords
{
    // Without a digit: "giữa tháng cuối quý", "vào cuối mỗi quý", "kiểm tra trong quý III" (quy), "định kỳ" (dinh ky), "hàng tháng/quý/năm" (hang ),
    // "trước năm ngày làm việc" (ngay lam viec), "thứ Sáu tuần cuối cùng của tháng" (tuan cuoi; not "tuan ", which "tuân thủ" folds to). Every other recogniser needs a digit.
    private static readonly SearchValues<string> DeadlineWords =
        SearchValues.Create(["quy", "dinh ky", "hang ", "ngay lam viec", "tuan cuoi"], StringComparison.Ordinal);

    // A report's cadence is read only from "báo cáo/sơ kết/tổng kết …" or "định kỳ …".
    private static readonly SearchValues<string> ReportWords =
        SearchValues.Create(["bao cao", "so ket", "tong ket", "dinh ky"], StringComparison.Ordinal);

    public static bool MayHoldDeadline(string folded) => HasDigit(folded) || folded.AsSpan().IndexOfAny(DeadlineWords) >= 0;

    public static bool MayNameReport(string folded) => folded.AsSpan().IndexOfAny(ReportWords) >= 0;

    // Regex \d is any Unicode decimal digit, so this is char.IsDigit rather than an ASCII range.
    private static bool HasDigit(string folded)
    {
        foreach (var ch in folded)
            if (char.IsDigit(ch)) return true;
        return false;
    }
}
