using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Spans in running text that are the time of an activity: "thời gian kiểm tra từ tháng 9 đến tháng 10", "tổ chức
/// từ ngày 01/8 đến ngày 31/8/2026", "niêm yết công khai 10 ngày, kể từ ngày 02/11/2026". The span must follow an
/// activity word of its clause within a few words; a span after "giai đoạn", "kỳ", "số liệu", "kết quả" or "tính",
/// or governed by "kết quả / tình hình thực hiện", is a period under review or a data cut-off ("kiểm tra việc … trong giai đoạn từ tháng 01/2025 đến tháng 3/2026"),
/// not a window.
/// </summary>
internal static partial class ActivitySpanRecognizer
{
    private const int LookBack = 90;
    private const string Blocked = @"(?:giai doan|ky|so lieu|ket qua|tinh|bao cao|da|nam)";

    [GeneratedRegex(
        @"(?<!\b(?:ket qua|tinh hinh) )\b(?:kiem tra|to chuc|thuc hien|trien khai|tien hanh|lam viec|cong khai|niem yet|tuyen truyen|khao sat|giam sat|du kien|thoi gian)" +
        $@"(?: (?!{Blocked}\b)[^\s.;:()]+){{0,6}}?[:,]? ?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex GoverningActivity();

    public static IEnumerable<Candidate> Find(FoldedText text, PlanPeriod period)
    {
        var folded = text.Value;
        foreach (var span in BareTimeRecognizer.Spans(folded, period))
        {
            var from = Math.Max(text.Clauses.StartOf(span.Start), span.Start - LookBack);
            if (GoverningActivity().IsMatch(folded[from..span.Start])) yield return span;
        }
    }
}
