using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;
using DanVanBot.Language.Plans;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tables;

/// <summary>
/// Puts the pieces of a row into its columns when the text does not say where one cell ends: a table exported one
/// cell per line (empty cells leave no line, a cell of two paragraphs leaves two), or a row with fewer cells than
/// the header. The pieces stay in order; each column takes a run of them (maybe none), chosen so that times land in
/// the time column and unit names in the unit columns: the best-scoring split over all splits, by dynamic
/// programming (at most <see cref="MaxPieces"/> pieces, so a row costs a bounded amount of work).
/// </summary>
internal static partial class RowAligner
{
    public const int MaxPieces = 40;

    private static readonly PlanPeriod ProbeYear = PlanPeriod.SingleYear(2000);

    public static string[] Align(IReadOnlyList<ColumnRole> roles, IReadOnlyList<string> pieces)
    {
        var count = Math.Min(pieces.Count, MaxPieces);
        var kinds = pieces.Take(count).Select(p => Classify(p.Replace('\n', ' '))).ToArray();
        // best[c, p]: best score of putting pieces [0, p) into columns [0, c); from[c, p]: where column c-1's run starts.
        var best = new double[roles.Count + 1, count + 1];
        var from = new int[roles.Count + 1, count + 1];
        for (var p = 1; p <= count; p++) best[0, p] = double.NegativeInfinity;
        for (var c = 1; c <= roles.Count; c++)
        {
            for (var p = 0; p <= count; p++)
            {
                best[c, p] = double.NegativeInfinity;
                for (var start = p; start >= 0; start--)
                {
                    if (double.IsNegativeInfinity(best[c - 1, start])) continue;
                    var score = best[c - 1, start] + RunScore(roles[c - 1], kinds, start, p);
                    if (score > best[c, p]) (best[c, p], from[c, p]) = (score, start);
                }
            }
        }
        var cells = new string[roles.Count];
        for (int c = roles.Count, p = count; c > 0; c--)
        {
            var start = from[c, p];
            cells[c - 1] = string.Join('\n', pieces.Skip(start).Take(p - start));
            p = start;
        }
        return cells;
    }

    /// <summary>Whether a line could be a time column's cell: a time, with at most a lead-in before it ("Sáng thứ Ba, ngày 14/4").</summary>
    public static bool IsTimeCell(string piece) => IsTime(piece, piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    private static bool IsTime(string piece, int words)
    {
        var reading = words <= 14 ? TimeCellReader.Read(piece, ProbeYear) : null;
        return reading is { IsTime: true } && TimeLeadIn().IsMatch(VietnameseText.Fold(piece[..reading.Start]));
    }

    /// <summary>
    /// "Sáng", "Chiều", "Cả ngày", "Buổi sáng (07 giờ 30)": only a part of the day, whose date a merged cell or a day
    /// row above gives.
    /// </summary>
    public static bool IsPartOfDay(string piece) => PartOfDay().IsMatch(VietnameseText.Fold(piece.Trim()));

    private readonly record struct Piece(bool IsTime, bool IsUnit, bool IsProduct, int Words);

    private static Piece Classify(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var isTime = IsTime(piece, words);
        var isUnit = words <= 30 && UnitNames.LooksLikeUnit(piece.TrimStart('-', '+', '•', ' '));
        var isProduct = words <= 12 && ProductStart().IsMatch(VietnameseText.Fold(piece));
        return new Piece(isTime, isUnit, isProduct, words);
    }

    private static double RunScore(ColumnRole role, Piece[] kinds, int start, int end)
    {
        if (start == end) return EmptyCell(role);
        var score = 0.0;
        for (var index = start; index < end; index++) score += Fit(role, kinds[index]);
        // A cell of several paragraphs is common for the task, rarer elsewhere.
        if (role != ColumnRole.Task) score -= 0.75 * (end - start - 1);
        return score;
    }

    private static double EmptyCell(ColumnRole role) => role switch
    {
        ColumnRole.Task => -3,
        ColumnRole.Lead or ColumnRole.Time => -1,
        ColumnRole.Period => -0.5,
        ColumnRole.Partners or ColumnRole.Product or ColumnRole.Recipient => -0.3,
        _ => -0.1,
    };

    private static double Fit(ColumnRole role, Piece piece) => role switch
    {
        ColumnRole.Time => piece.IsTime ? 3 : -3,
        ColumnRole.Period => piece.IsTime ? 1 : -1,
        ColumnRole.Lead or ColumnRole.Partners or ColumnRole.Recipient => piece.IsUnit ? 2 : piece.IsTime ? -3 : -2,
        ColumnRole.Task => piece.IsTime ? -2 : piece.IsUnit && piece.Words <= 8 ? -0.5 : 1,
        ColumnRole.Product => piece.IsTime ? -3 : piece.IsUnit ? -1 : piece.IsProduct ? 1 : 0,
        _ => piece.IsTime ? -1 : 0,
    };

    // What may stand before the time itself in a time cell: "Hoàn thành trước ngày…", "Dự kiến tháng 6", and in a
    // schedule the part of the day, the weekday and the clock time ("Sáng thứ Ba, ngày 18/8", "08 giờ 00, ngày 25/8",
    // "Thứ Năm (27/8)", "Cả ngày 14/10"), a clock-time span or a week around a date ("Từ 07h30 - 11h00 ngày 14/4",
    // "Tuần từ 21/4 đến 24/4").
    [GeneratedRegex(@"^(?:(?:hoan thanh|du kien|thuc hien|to chuc|xong|han|thoi han|thoi gian|gui|nop|ngay|cham nhat|vao|tu|den|tuan|" +
        @"sang|chieu|toi|trua|buoi (?:sang|chieu|toi)|ca ngay|ca buoi (?:sang|chieu)|ca|luc|thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|" +
        @"\d{1,2} ?(?:gio|h)(?: ?\d{1,2})?(?: ?phut)?)\b[\s,:\-(]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeLeadIn();

    [GeneratedRegex(@"^[\-+•\s]*(?:bao cao|ke hoach|quyet dinh|van ban|cong van|thong bao|to trinh|bien ban|danh sach|de an|tai lieu|chuong trinh|huong dan|hoi nghi|phu luc|bo tieu chi|so lieu)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProductStart();

    [GeneratedRegex(@"^(?:ca |buoi )?(?:sang|chieu|toi|trua|ca ngay)(?: ?\([^()]{0,30}\))?[:.]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDay();
}
