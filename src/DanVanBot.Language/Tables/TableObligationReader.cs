using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;
using DanVanBot.Language.Plans;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tables;

/// <summary>
/// Where a table stands: the section path its rows take, the units of the section that owns it (for tables without
/// a lead column), and the paragraph that introduces it ("Gửi báo cáo về UBND phường (qua Phòng Văn hóa - Xã hội) theo
/// lịch sau:"), whose route the rows inherit. <paramref name="NumberRows"/> adds each row's number to the path (in an
/// appendix the rows are the only structure there is).
/// </summary>
internal sealed record TableContext(string SectionPath, IReadOnlyList<string> Units, string? Lead, PlanPeriod Period, bool NumberRows);

/// <summary>
/// Turns the rows of a task table into obligations: each row is a duty with its description (task, report period),
/// its lead units and partners, its product, and its time read with the deadline grammar (<see cref="TimeCellReader"/>).
/// A row without a task under a row with one continues it (Word's vertically merged cells); group rows only label.
/// </summary>
internal static class TableObligationReader
{
    public static IReadOnlyList<PlanObligation> Read(DocumentTable table, TableContext context)
    {
        var obligations = new List<PlanObligation>();
        var task = string.Empty;
        var group = string.Empty;
        foreach (var row in table.Rows)
        {
            if (row.IsGroup)
            {
                (group, task) = (row.Number, string.Empty);
                continue;
            }
            var ownTask = table.Cell(row, ColumnRole.Task);
            if (ownTask.Length > 0 || table.IndexOf(ColumnRole.Task) < 0) task = ownTask;
            var subject = table.Cell(row, ColumnRole.Subject);
            var description = task.Length > 0 && subject.Length > 0
                ? ObligationDescription.Capitalise($"{task} – {subject}")
                : Description(task, table.Cell(row, ColumnRole.Period), Subject(table, subject), table.Cell(row, ColumnRole.Product));
            // A schedule whose rows only say when and who ("Tháng 7 | Ông A | Chủ tịch | Ngày 09; 23"): the paragraph that
            // introduces it says what is done.
            if (description.Length == 0 && table.IndexOf(ColumnRole.Time) >= 0) description = LeadActivity(context.Lead);
            if (description.Length == 0) continue;
            var path = context.NumberRows ? Path(context.SectionPath, group, row.Number) : context.SectionPath;
            obligations.AddRange(RowObligations(table, row, description, path, context));
        }
        return obligations;
    }

    private static IEnumerable<PlanObligation> RowObligations(DocumentTable table, TableRow row, string description, string path, TableContext context)
    {
        // "Tháng 7" | "Ngày 09; 23": the listed days are days of the row's month.
        var timeCell = DayListCell.Spread(table.Cell(row, ColumnRole.Time));
        var reading = TimeCellReader.Read(timeCell, context.Period);
        var matches = reading.Matches;
        // Without a time column the task may carry its own deadline ("Báo cáo kết quả trước ngày 15/11").
        if (matches.Count == 0 && timeCell.Length == 0) matches = DeadlinePhraseParser.FindAll(description, context.Period);
        var dated = matches.Where(m => m.Rule is not CadenceOnly).ToList();
        var draft = Draft(table, row, description, path, context);
        var timeSentence = new DutySentence(timeCell);
        if (dated.Count > 0)
        {
            for (var index = 0; index < dated.Count; index++)
            {
                var match = dated[index];
                var named = dated.Count > 1 ? $"{description} ({ObligationDescription.ForPhrase(timeSentence, dated, index)})" : description;
                var hasDate = match.Rule.Expand(context.Period).Any(o => o.LastDay is not null);
                yield return draft(named, match.Rule, match.Phrase, match.ReportCadence ?? CadenceOf(match.Rule), !hasDate);
            }
            yield break;
        }
        var cadence = matches.Select(m => m.Rule).OfType<CadenceOnly>().FirstOrDefault();
        if (cadence is not null)
            yield return draft(description, cadence, matches[0].Phrase, cadence.Cadence, true);
        else
            // "Thường xuyên", "Cả năm": ongoing work, nothing to date; anything else unreadable still needs a date.
            yield return draft(description, null, timeCell.Length > 0 ? timeCell : null, null, !reading.IsOngoing);
    }

    private delegate PlanObligation ObligationDraft(string description, DeadlineRule? rule, string? phrase, Cadence? cadence, bool needsDate);

    private static ObligationDraft Draft(DocumentTable table, TableRow row, string description, string path, TableContext context)
    {
        // A schedule's row falls on the unit it visits ("Đơn vị được kiểm tra": Ấp Tân Lợi) as well as on its lead.
        var units = Units([.. table.Paragraphs(row, ColumnRole.Lead), .. VisitedUnits(table.Paragraphs(row, ColumnRole.Subject))]);
        if (units.Count == 0) units = context.Units;
        if (units.Count == 0 && context.Lead is not null) units = DutyText.SubjectUnits(context.Lead);
        var partners = Units(table.Paragraphs(row, ColumnRole.Partners));
        var recipientCell = table.Cell(row, ColumnRole.Recipient);
        var recipient = recipientCell.Length > 0 ? UnitNames.Normalize(recipientCell)
            : (context.Lead is null ? null : DutyText.Recipient(context.Lead)) ?? DutyText.Recipient(description);
        var via = (context.Lead is null ? null : DutyText.Via(context.Lead)) ?? DutyText.Via(description) ?? DutyText.Via(recipientCell);
        var product = table.Cell(row, ColumnRole.Product);
        var mentionsReport = DutyText.MentionsReport(description + " " + product);
        return (named, rule, phrase, cadence, needsDate) =>
        {
            var kind = rule is MonthWindow or QuarterWindow or SpanWindow || !mentionsReport ? ObligationKind.Activity : ObligationKind.Report;
            cadence ??= DeadlinePhraseParser.FindReportCadence(named);
            return new PlanObligation(named, kind, units, recipient, via, phrase, rule, rule?.Expand(context.Period) ?? [], cadence, needsDate,
                path, row.Lines)
            {
                Partners = partners,
                Product = product.Length > 0 ? product : null,
            };
        };
    }

    private static IEnumerable<string> VisitedUnits(IReadOnlyList<string> subject) => subject.Select(s => s.TrimStart('-', '+', '•', ' ')).Where(UnitNames.LooksLikeUnit);

    /// <summary>"Kiểm tra: Thôn 3" from a schedule's "Đơn vị được kiểm tra" column: the activity its label names, and the cell.</summary>
    private static string Subject(DocumentTable table, string subject)
    {
        if (subject.Length == 0) return subject;
        var label = VietnameseText.Fold(table.Columns[table.IndexOf(ColumnRole.Subject)].Header);
        var activity = label.Contains("giam sat", StringComparison.Ordinal) ? "Giám sát" : label.Contains("kiem tra", StringComparison.Ordinal) ? "Kiểm tra" : null;
        return activity is null ? subject : $"{activity}: {subject}";
    }

    /// <summary>"Chủ tịch UBND phường tiếp công dân định kỳ vào thứ Năm …, cụ thể:" → that sentence without its closing words.</summary>
    private static string LeadActivity(string? lead)
    {
        if (string.IsNullOrWhiteSpace(lead)) return string.Empty;
        var text = lead.Trim().TrimEnd(':').Trim();
        foreach (var tail in LeadTails)
            if (text.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) text = text[..^tail.Length].TrimEnd(' ', ',', ';');
        return ObligationDescription.Capitalise(text);
    }

    private static readonly string[] LeadTails = ["cụ thể", "cụ thể như sau", "như sau", "theo lịch sau", "theo bảng sau"];

    private static string Description(string task, string period, string subject, string product)
    {
        if (task.Length == 0 && subject.Length > 0) task = subject;
        if (task.Length == 0 && period.Length == 0) return ObligationDescription.Capitalise(product);
        if (period.Length == 0) return ObligationDescription.Capitalise(task);
        if (task.Length == 0)
            return ObligationDescription.Capitalise(DutyText.MentionsReport(period) ? period : "Báo cáo " + period);
        return ObligationDescription.Capitalise($"{task} ({period})");
    }

    /// <summary>The units of a lead or partner cell: each paragraph (often a bullet) split as plan headings are.</summary>
    private static IReadOnlyList<string> Units(IReadOnlyList<string> paragraphs) =>
        paragraphs
            .SelectMany(p => UnitNames.Split(p.TrimStart('-', '+', '•', ' ')))
            .Where(n => n.Length > 1)
            .Distinct()
            .ToList();

    private static string Path(string prefix, string group, string number)
    {
        var parts = new[] { prefix, group, number }.Where(p => p.Length > 0);
        return string.Join('.', parts);
    }

    private static Cadence? CadenceOf(DeadlineRule rule) => rule switch
    {
        YearlyDeadline => Cadence.Yearly,
        QuarterlyDeadline => Cadence.Quarterly,
        MonthlyDeadline => Cadence.Monthly,
        _ => null,
    };
}
