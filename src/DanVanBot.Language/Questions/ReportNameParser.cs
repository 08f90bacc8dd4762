using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>A report named in a question, at tokens [Start, End); Kind is null for "báo cáo" without a period.</summary>
internal readonly record struct ReportMention(int Start, int End, ReportPeriodKind? Kind, DateWindow? Window, int? Quarter, int? Year);

/// <summary>
/// Finds "báo cáo quý 3", "bc năm", "báo cáo 6 tháng", "báo cáo kết quả 9 tháng đầu năm 2025",
/// "annual report", "Q3 report", "report for March". A report name alone means its period in the
/// current year (in December, "báo cáo quý 1" is this year's Q1), so its period is read anchored.
/// </summary>
internal static class ReportNameParser
{
    // Words that may sit between "báo cáo" and its period: "báo cáo kết quả công tác dân vận quý 3".
    private static readonly HashSet<string> Fillers =
        ["ket", "qua", "dinh", "ky", "cong", "tac", "dan", "van", "chinh", "quyen", "thuc", "hien", "ve", "cua",
         "tinh", "hinh", "hang", "so", "lieu", "danh", "gia", "cac", "nhiem", "vu", "qcdc", "quy", "che", "chu"];

    public static ReportMention? Find(TokenStream t, DateOnly today)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "bao", "cao")) return ReadVietnamese(t, i, today);
            // "sơ kết 6 tháng", "tổng kết năm": the review meetings are named by the period they close, as reports are.
            if (t.Is(i, "so", "ket") || t.Is(i, "tong", "ket")) return ReadReview(t, i, today);
            if (t.IsAny(i, "report", "reports")) return ReadEnglish(t, i, today);
        }
        return null;
    }

    private static ReportMention ReadVietnamese(TokenStream t, int start, DateOnly today)
    {
        var j = start + 2;
        for (var skipped = 0; skipped <= 6; skipped++, j++)
        {
            if (TryPeriodAt(t, j, today, out var mention, start)) return mention;
            // "quy" could start "quy che"; only skip it when it cannot be a quarter.
            if (!Fillers.Contains(t[j])) break;
        }
        return new ReportMention(start, start + 2, null, null, null, null);
    }

    private static ReportMention ReadReview(TokenStream t, int start, DateOnly today)
    {
        if (TryPeriodAt(t, start + 2, today, out var mention, start)) return mention;
        var kind = t.Is(start, "so") ? ReportPeriodKind.SixMonthly : ReportPeriodKind.Yearly;
        return Bare(start, start + 2, kind, PeriodOf(kind, today));
    }

    private static bool TryPeriodAt(TokenStream t, int j, DateOnly today, out ReportMention mention, int start)
    {
        mention = default;
        if (t.Is(j, "so", "ket")) { mention = Bare(start, j + 2, ReportPeriodKind.SixMonthly, CalendarMath.FirstHalf(today.Year)); return true; }
        if (t.Is(j, "tong", "ket")) { mention = Bare(start, j + 2, ReportPeriodKind.Yearly, CalendarMath.Year(today.Year)); return true; }
        if (TimeGrammar.TryMatchAt(t, j, today, anchorToCurrentYear: true, out var match))
        {
            var kind = KindOf(match.Unit);
            if (kind is null) return false;
            mention = new ReportMention(start, match.End, kind, match.Window, match.Quarter, match.Year);
            return true;
        }
        var kindAndLength = BareKind(t, j);
        if (kindAndLength is not { } bare) return false;
        var window = PeriodOf(bare.Kind, today);
        mention = new ReportMention(start, j + bare.Length, bare.Kind, window,
            bare.Kind == ReportPeriodKind.Quarterly ? CalendarMath.QuarterOf(today) : null, null);
        return true;
    }

    private static ReportMention ReadEnglish(TokenStream t, int reportAt, DateOnly today)
    {
        var named = EnglishKind(t, reportAt, out var namedStart);
        // A period written before: "Q3 report", "March report", "2024 annual report".
        for (var k = Math.Max(0, namedStart - 4); k < namedStart; k++)
        {
            if (TryPeriodMatch(t, k, today, out var match, out var kind) && match.End == namedStart)
                return new ReportMention(k, reportAt + 1, named ?? kind, match.Window, match.Quarter, match.Year);
        }
        // Or after: "report for Q3", "annual report 2024", "report of March".
        var after = t.IsAny(reportAt + 1, "for", "of", "on") ? reportAt + 2 : reportAt + 1;
        if (t.Is(after, "the")) after++;
        if (TryPeriodMatch(t, after, today, out var following, out var followingKind))
            return new ReportMention(namedStart, following.End, named ?? followingKind, following.Window, following.Quarter, following.Year);
        if (named is { } kindOnly)
        {
            return new ReportMention(namedStart, reportAt + 1, kindOnly, PeriodOf(kindOnly, today),
                kindOnly == ReportPeriodKind.Quarterly ? CalendarMath.QuarterOf(today) : null, null);
        }
        return new ReportMention(reportAt, reportAt + 1, null, null, null, null);
    }

    /// <summary>"annual", "yearly", "quarterly", "monthly", "semi-annual", "half-year(ly)", "mid-year", "6-month", "9-month" before "report".</summary>
    private static ReportPeriodKind? EnglishKind(TokenStream t, int reportAt, out int start)
    {
        var word = reportAt - 1;
        var previous = t[word - 1];
        start = word;
        if (t.Is(word, "annual") && previous == "semi" || t.IsAny(word, "yearly", "year") && previous is "half" or "mid"
            || t.IsAny(word, "month", "months") && previous is "6" or "six")
        { start = word - 1; return ReportPeriodKind.SixMonthly; }
        if (t.IsAny(word, "month", "months") && previous is "9" or "nine") { start = word - 1; return ReportPeriodKind.NineMonthly; }
        ReportPeriodKind? kind = t[word] switch
        {
            "annual" or "yearly" => ReportPeriodKind.Yearly,
            "quarterly" => ReportPeriodKind.Quarterly,
            "monthly" => ReportPeriodKind.Monthly,
            "biannual" => ReportPeriodKind.SixMonthly,
            _ => null,
        };
        if (kind is null) start = reportAt;
        return kind;
    }

    private static bool TryPeriodMatch(TokenStream t, int at, DateOnly today, out TimeMatch match, out ReportPeriodKind kind)
    {
        kind = default;
        if (!TimeGrammar.TryMatchAt(t, at, today, anchorToCurrentYear: true, out match) || KindOf(match.Unit) is not { } found) return false;
        kind = found;
        return true;
    }

    private static ReportMention Bare(int start, int end, ReportPeriodKind kind, DateWindow window) =>
        new(start, end, kind, window, null, null);

    private static (ReportPeriodKind Kind, int Length)? BareKind(TokenStream t, int j)
    {
        if (t.IsAny(j, "6", "06", "sau") && t.IsAny(j + 1, "thang", "month", "months")) return (ReportPeriodKind.SixMonthly, 2);
        if (t.IsAny(j, "9", "09", "chin") && t.IsAny(j + 1, "thang", "month", "months")) return (ReportPeriodKind.NineMonthly, 2);
        if (t.Is(j, "nua", "nam")) return (ReportPeriodKind.SixMonthly, 2);
        return t[j] switch
        {
            "quy" when !t.Is(j + 1, "che") => (ReportPeriodKind.Quarterly, 1),
            "thang" => (ReportPeriodKind.Monthly, 1),
            "nam" => (ReportPeriodKind.Yearly, 1),
            _ => null,
        };
    }

    private static ReportPeriodKind? KindOf(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => ReportPeriodKind.Monthly,
        PeriodUnit.Quarter => ReportPeriodKind.Quarterly,
        PeriodUnit.HalfYear => ReportPeriodKind.SixMonthly,
        PeriodUnit.NineMonths => ReportPeriodKind.NineMonthly,
        PeriodUnit.Year => ReportPeriodKind.Yearly,
        _ => null,
    };

    /// <summary>The current-year period of a report kind (the first half for a 6-month report).</summary>
    public static DateWindow PeriodOf(ReportPeriodKind kind, DateOnly today) => kind switch
    {
        ReportPeriodKind.Monthly => CalendarMath.MonthOffset(today, 0),
        ReportPeriodKind.Quarterly => CalendarMath.QuarterOffset(today, 0),
        ReportPeriodKind.SixMonthly => CalendarMath.FirstHalf(today.Year),
        ReportPeriodKind.NineMonthly => CalendarMath.FirstNineMonths(today.Year),
        _ => CalendarMath.Year(today.Year),
    };
}
