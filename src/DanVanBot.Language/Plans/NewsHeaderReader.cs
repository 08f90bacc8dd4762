using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVanBot.Language.Plans;

/// <summary>
/// What a news item says about the document it reports: number, issuer, date, and when it was posted.
/// <paramref name="ReportsPlan"/>: the document is a kế hoạch (a news item about a plan); a page reporting a quyết
/// định, hướng dẫn or chỉ thị is a summary of that document instead.
/// </summary>
internal sealed record NewsHeader(string? Number, string? Locality, DateOnly? IssuedOn, DateOnly? PostedOn, string Title, bool ReportsPlan);

/// <summary>
/// Reads a news item about a plan ("Ngày 14/4, Ủy ban nhân dân xã Phú Mỹ Tây ban hành Kế hoạch số 33/KH-UBND về…",
/// or "UBND xã … vừa ban hành Kế hoạch số 33/KH-UBND ngày 14/4/2026"): the plan's number, its issuer and its date.
/// News items often leave the year out of the date; it is then the year of the posting time printed next to the
/// headline ("Cập nhật lúc: 16/04/2026 09:12", "Thứ Năm, 16/04/2026 - 09:12").
/// </summary>
internal static partial class NewsHeaderReader
{
    private const int PostingTimeSearchLines = 12;

    /// <summary>The news header, or null when the text reports no document being issued.</summary>
    public static NewsHeader? Read(IReadOnlyList<string> lines)
    {
        var posted = PostedOn(lines);
        foreach (var line in lines)
        {
            var match = DateFirst().Match(line);
            if (!match.Success) match = NumberFirst().Match(line);
            if (!match.Success) continue;
            var year = match.Groups["y"].Success ? Int(match.Groups["y"].Value) : posted?.Year;
            var issued = year is null ? null : Date(year.Value, Int(match.Groups["m"].Value), Int(match.Groups["d"].Value));
            var locality = $"{match.Groups["level"].Value.ToLowerInvariant()} {match.Groups["name"].Value.Trim()}";
            var reportsPlan = match.Groups["type"].Value.StartsWith('k') || match.Groups["type"].Value.StartsWith('K');
            return new NewsHeader(match.Groups["number"].Value.TrimEnd('.', ',', ';'), locality, issued, posted, Headline(lines), reportsPlan);
        }
        return null;
    }

    /// <summary>A posting time: a short line near the top with a full date and a clock time or "đăng/cập nhật".</summary>
    private static DateOnly? PostedOn(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Where(l => l.Trim().Length > 0).Take(PostingTimeSearchLines))
        {
            if (line.Length > 80) continue;
            var match = FullDate().Match(line);
            if (match.Success && IsPostingTime(line) && Date(Int(match.Groups["y"].Value), Int(match.Groups["m"].Value), Int(match.Groups["d"].Value)) is { } day)
                return day;
        }
        return null;
    }

    /// <summary>The first line that is neither a breadcrumb ("Trang chủ > …") nor the posting time.</summary>
    private static string Headline(IReadOnlyList<string> lines) =>
        lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.Contains('>', StringComparison.Ordinal) && !(FullDate().IsMatch(l) && IsPostingTime(l)))
        ?? string.Empty;

    private static DateOnly? Date(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string Committee = @"(?:(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân)|UBND)";
    private const string Level = @"(?<level>(?i:thành\s+phố|thị\s+xã|thị\s+trấn|tỉnh|quận|huyện|phường|xã))";
    private const string Name = @"(?<name>(?:\s+(?:\p{Lu}\p{L}*|\d+))+)";
    private const string DocumentType = @"(?<type>(?i:kế\s+hoạch|công\s+văn|thông\s+báo|quyết\s+định|hướng\s+dẫn|chỉ\s+thị))";
    private const string Number = @"(?<number>\d+[a-zA-Z]?/[^\s,;()]+)";
    private const string DayMonth = @"(?<d>\d{1,2})\s*[/\-]\s*(?<m>\d{1,2})(?:\s*[/\-]\s*(?<y>\d{4}))?";

    // "Ngày 14/4, Ủy ban nhân dân xã Phú Mỹ Tây ban hành Kế hoạch số 33/KH-UBND"
    [GeneratedRegex(@"(?i:ngày)\s+" + DayMonth + @",?\s+" + Committee + @"\s+" + Level + Name + @"\s+(?:(?i:đã|vừa)\s+)?(?i:ban\s+hành)\s+" + DocumentType + @"\s+(?i:số)\s+" + Number)]
    private static partial Regex DateFirst();

    // "UBND xã Phú Mỹ Tây vừa ban hành Kế hoạch số 33/KH-UBND ngày 14/4/2026"
    [GeneratedRegex(Committee + @"\s+" + Level + Name + @"\s+(?:(?i:đã|vừa)\s+)?(?i:ban\s+hành)\s+" + DocumentType + @"\s+(?i:số)\s+" + Number + @"\s+(?i:ngày)\s+" + DayMonth)]
    private static partial Regex NumberFirst();

    private static bool IsPostingTime(string line) => ClockOrPostingWord().IsMatch(line);

    [GeneratedRegex(@"(?<![\d/])(?<d>\d{1,2})[/\-](?<m>\d{1,2})[/\-](?<y>\d{4})")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\d{1,2}:\d{2}|(?i:cập\s+nhật|đăng\s+lúc|ngày\s+đăng|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)")]
    private static partial Regex ClockOrPostingWord();
}
