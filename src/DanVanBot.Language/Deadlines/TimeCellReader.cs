using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// What a table's time cell says. <paramref name="Matches"/> are its deadlines, windows and cadences in text order;
/// <paramref name="IsOngoing"/> is set for work with no end ("Thường xuyên", "Cả năm", "Hằng năm"); <paramref name="Start"/> is
/// where the first of them begins in the cell (-1 when none), so a caller can tell "Trước ngày 20/5" (a time) from
/// "Báo cáo 6 tháng đầu năm" (a report named by its period).
/// </summary>
public sealed record TimeCellReading(IReadOnlyList<DeadlineMatch> Matches, bool IsOngoing, int Start)
{
    /// <summary>The cell reads as a time at all (something a time column would hold).</summary>
    public bool IsTime => Matches.Count > 0 || IsOngoing;
}

/// <summary>
/// Reads the cell of a table's time column ("Thời gian hoàn thành", "Thời hạn") with the deadline grammar of running
/// text ("Trước ngày 20/5", "Hoàn thành chậm nhất 30/9", "Hằng quý, trước ngày 12 tháng cuối quý"), plus what the
/// column itself implies: a bare date is the last allowed day, a bare month, quarter or span is the work's window
/// ("30/9/2025", "Tháng 3 - 4", "Quý II", "6 tháng đầu năm").
/// </summary>
public static partial class TimeCellReader
{
    [GeneratedRegex(@"\b(?:thuong xuyen|lien tuc|ca nam|suot nam|trong nam|hang (?:nam|quy|thang)|dinh ky|nam \d{4}$|giai doan)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    public static TimeCellReading Read(string cell, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(period);
        if (string.IsNullOrWhiteSpace(cell)) return new([], false, -1);
        var text = FoldedText.Of(cell);
        var bare = BareTimeRecognizer.Find(text.Value, period).Select(c => ToMatch(cell, text, c)).ToList();
        var accepted = new List<DeadlineMatch>();
        // Spans before the grammar (its "trong tháng 3" must not take the "tháng 3 - 4" of a span), the grammar's
        // keyworded phrases before bare days (its "trước ngày 20/5" is the 19th, not the 20th).
        IEnumerable<DeadlineMatch>[] byPriority =
        [
            bare.Where(m => m.Rule is SpanWindow),
            DeadlinePhraseParser.FindAll(cell, period),
            bare.Where(m => m.Rule is not SpanWindow),
        ];
        foreach (var group in byPriority)
            foreach (var match in group)
                if (!accepted.Any(a => Overlaps(a, match))) accepted.Add(match);
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        var ongoing = Ongoing().Match(text.Value);
        var start = accepted.Count > 0 ? accepted[0].Start : -1;
        if (ongoing.Success)
        {
            var ongoingStart = text.ToOriginal(ongoing.Index, ongoing.Index + ongoing.Length).Start;
            start = start < 0 ? ongoingStart : Math.Min(start, ongoingStart);
        }
        return new(accepted, ongoing.Success, start);
    }

    private static DeadlineMatch ToMatch(string cell, FoldedText text, Candidate candidate)
    {
        var (start, length) = text.ToOriginal(candidate.Start, candidate.End);
        return new DeadlineMatch(candidate.Rule, cell.Substring(start, length), start, length, candidate.ReportCadence);
    }

    private static bool Overlaps(DeadlineMatch a, DeadlineMatch b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}
