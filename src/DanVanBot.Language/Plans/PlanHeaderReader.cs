using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Reads the number line ("Số: 102/KH-UBND-NV"), the place-and-date line ("Quận 7, ngày 30 tháng 3 năm 2022"),
/// the title under "KẾ HOẠCH", the plan period and the legal bases. Blank fields stay null, never guessed.
/// </summary>
internal static partial class PlanHeaderReader
{
    public static PlanHeader Read(PlanOutline outline, string fullText)
    {
        var preamble = outline.Preamble;
        var block = HeaderBlock.Locate(preamble);
        var title = block.Title;
        var header = preamble.Take(block.HeaderEnd).ToList();
        var number = header.Select(p => NumberLine().Match(p.Text)).FirstOrDefault(m => m.Success);
        var date = header.Select(p => DateLine().Match(p.Text)).FirstOrDefault(m => m.Success);
        var place = date?.Groups["place"].Value.Trim();
        var headerTexts = header.Select(p => p.Text).ToList();
        var locality = IssuerReader.Read(headerTexts, place, title, fullText);
        var office = IssuerReader.Office(headerTexts);
        return new PlanHeader(
            NumberOf(number),
            locality is null ? office : office is null ? "UBND " + locality : $"{office} {locality}",
            locality,
            IssuedOn(date),
            title,
            PeriodOf(title, preamble, date),
            LegalBases(preamble.Skip(block.TitleIndex + 1)))
        {
            HeaderLines = preamble.Take(Math.Max(block.HeaderEnd, block.BodyStart)).Select(p => p.Text).ToList(),
            BodyStart = block.BodyStart,
            Addressees = block.Addressees,
        };
    }

    /// <summary>
    /// A news item's header: the reported plan's number, issuer and date; its period from the headline, else the year
    /// the plan was issued or the item posted.
    /// </summary>
    public static PlanHeader ReadNews(NewsHeader news, PlanOutline outline)
    {
        var year = SingleYear().Match(news.Title);
        var period = year.Success ? PlanPeriod.SingleYear(Int(year.Groups["year"].Value))
            : (news.IssuedOn ?? news.PostedOn) is { } day ? PlanPeriod.SingleYear(day.Year)
            : PeriodOf(news.Title, outline.Preamble, null);
        return new PlanHeader(news.Number, news.Locality is null ? null : "UBND " + news.Locality, news.Locality, news.IssuedOn,
            news.Title, period, [])
        {
            HeaderLines = [],
            BodyStart = 0,
            Addressees = [],
        };
    }

    private static string? NumberOf(Match? match)
    {
        if (match is null) return null;
        var value = WhiteSpace().Replace(match.Groups["value"].Value, string.Empty);
        return value.Length == 0 || value.StartsWith('/') ? null : value;
    }

    private static DateOnly? IssuedOn(Match? date)
    {
        if (date is null || !date.Groups["day"].Success) return null;
        var day = Int(date.Groups["day"].Value);
        var month = Int(date.Groups["month"].Value);
        var year = Int(date.Groups["year"].Value);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>
    /// Plans run for a year or a "giai đoạn" of five to ten. Every yearly, quarterly and monthly duty is laid out over
    /// the period, so a range of centuries would make millions of occurrences: such a range is not read as a period.
    /// </summary>
    public const int MaxPeriodYears = 20;

    private const int PostingDateSearchParagraphs = 5;

    private static PlanPeriod PeriodOf(string title, IReadOnlyList<PlanParagraph> preamble, Match? date)
    {
        var range = YearRange().Match(title);
        if (range.Success)
        {
            var from = Int(range.Groups["from"].Value);
            var to = Int(range.Groups["to"].Value);
            if (to >= from && to - from < MaxPeriodYears) return new PlanPeriod(from, to);
        }
        var year = SingleYear().Match(title);
        if (year.Success) return PlanPeriod.SingleYear(Int(year.Groups["year"].Value));
        if (date is not null) return PlanPeriod.SingleYear(Int(date.Groups["year"].Value));
        var anywhere = preamble.Select(p => SingleYear().Match(p.Text)).FirstOrDefault(m => m.Success);
        if (anywhere is not null) return PlanPeriod.SingleYear(Int(anywhere.Groups["year"].Value));
        // A page without a date line (a website summary) still shows when it was posted: "(Cập nhật: 02/03/2026)".
        var posted = preamble.Take(PostingDateSearchParagraphs).Select(p => FullDate().Match(p.Text)).FirstOrDefault(m => m.Success);
        if (posted is not null) return PlanPeriod.SingleYear(Int(posted.Groups["year"].Value));
        throw new FormatException("Không xác định được năm thực hiện của kế hoạch (tiêu đề không có \"năm …\" hoặc \"giai đoạn …\").");
    }

    private static List<string> LegalBases(IEnumerable<PlanParagraph> afterTitle) =>
        afterTitle
            .Where(p => p.Kind == ParagraphKind.Plain)
            .Select(p => p.Text)
            .Where(text =>
            {
                var folded = VietnameseText.Fold(text);
                return folded.StartsWith("can cu ", StringComparison.Ordinal) || folded.StartsWith("thuc hien ", StringComparison.Ordinal);
            })
            .ToList();

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Số\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^,\d][^,]{0,60}),\s*ngày\s*(?<day>\d{1,2})?\s*tháng\s*(?<month>\d{1,2})\s*năm\s*(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    // "giai đoạn 2022 - 2026", "năm 2025 - 2026", "từ năm 2026 đến năm 2030"
    [GeneratedRegex(@"(?:giai\s+đoạn|năm|nhiệm\s+kỳ)\s+(?<from>\d{4})\s*(?:[-–—]|đến(?:\s+năm)?)\s*(?<to>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\bnăm\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?<![\d/])\d{1,2}[/\-]\d{1,2}[/\-](?<year>(?:19|20)\d{2})\b")]
    private static partial Regex FullDate();
}
