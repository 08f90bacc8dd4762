using DanVanBot.Storage.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>Report kinds named in questions, matched against the cadence the plan's duty text names.</summary>
internal static class ReportKinds
{
    public static Cadence ToCadence(this ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Monthly => Cadence.Monthly,
        ReportPeriodKind.Quarterly => Cadence.Quarterly,
        ReportPeriodKind.SixMonthly => Cadence.SixMonthly,
        ReportPeriodKind.NineMonthly => Cadence.NineMonthly,
        _ => Cadence.Yearly,
    };

    /// <summary>
    /// Days after a period's end in which its report is still looked for: reports fall due shortly
    /// after the period they cover (Decree 09/2019: cut-off before the period ends, deadline after).
    /// </summary>
    public static int MarginDays(Cadence cadence) => cadence == Cadence.Monthly ? 20 : 45;

    /// <summary>
    /// The report cadence of an occurrence, read from its label then its description ("Báo cáo năm 2022",
    /// "báo cáo 6 tháng"); null when it names none.
    /// </summary>
    public static Cadence? Of(string label, string description)
    {
        var cadence = DeadlinePhraseParser.FindReportCadence(label);
        if (cadence is { } fromLabel && fromLabel != Cadence.None) return fromLabel;
        cadence = DeadlinePhraseParser.FindReportCadence(description);
        return cadence is { } fromText && fromText != Cadence.None ? fromText : null;
    }

    /// <summary>
    /// A report of any kind when <paramref name="wanted"/> is null, else one sharing a cadence flag. The cadence the
    /// plan states for the duty wins ("định kỳ hàng quý" on a sentence that never says "báo cáo quý").
    /// </summary>
    public static bool Matches(Cadence? wanted, DueOccurrence due)
    {
        var cadence = due.Cadence is { } stated && stated != Cadence.None ? stated : Of(due.Label, due.Description);
        if (wanted is not { } kind) return cadence is not null;
        return cadence is { } found && (found & kind) != 0;
    }
}
