using System.Globalization;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static DanVanBot.App.Features.Exports.Document.DocxBlocks;
using T = DanVanBot.App.Features.Exports.Document.ConsolidatedTexts;

namespace DanVanBot.App.Features.Exports.Document;

/// <summary>
/// The content of the draft consolidated report (Decree 30/2020/NĐ-CP, Appendix I): header, title and summary; results
/// per section of the plan from each unit's current report; difficulties and proposals with their units; who reported
/// late or not at all; "Nơi nhận" and the signature as fields to fill. Parts only the office can write are bracketed.
/// </summary>
internal static class ConsolidatedReport
{
    private const int HeaderLeft = 3900;
    private const int SignatureLeft = 4200;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IEnumerable<OpenXmlElement> Build(ExportData data, SourceComments comments)
    {
        yield return Header(data);
        yield return Paragraph(T.Title, Look.Centred with { Bold = true, SpaceBefore = 360 });
        yield return Paragraph(string.Format(Inv, T.Summary, data.Period.Title), Look.Centred with { Bold = true });
        yield return Rule(2200, spaceAfter: 120);
        yield return Paragraph(string.Format(Inv, T.Opening, Plans(data), data.OrganisationName, data.Period.Title), Look.Body);

        yield return Paragraph(T.Results, Look.Heading);
        yield return Paragraph(T.Leadership, Look.Heading);
        yield return Paragraph(T.LeadershipPlaceholder, Look.Body);
        yield return Paragraph(T.TaskResults, Look.Heading);
        foreach (var element in TaskResults(data, comments)) yield return element;

        yield return Paragraph(T.Assessment, Look.Heading);
        yield return Paragraph(T.Strengths, Look.Heading);
        yield return Paragraph(T.StrengthsPlaceholder, Look.Body);
        yield return Paragraph(T.Difficulties, Look.Heading);
        foreach (var element in Gathered(data, c => c.Difficulties, T.NoDifficulties, comments)) yield return element;
        yield return Paragraph(T.Causes, Look.Heading);
        yield return Paragraph(T.CausesPlaceholder, Look.Body);
        yield return Paragraph(T.Compliance, Look.Heading);
        foreach (var element in Compliance(data)) yield return element;

        yield return Paragraph(T.NextPeriod, Look.Heading);
        yield return Paragraph(T.NextPeriodPlaceholder, Look.Body);
        yield return Paragraph(T.Proposals, Look.Heading);
        foreach (var element in Gathered(data, c => c.Proposals, T.NoProposals, comments)) yield return element;

        yield return Signature(data.OrganisationName);
    }

    /// <summary>"ỦY BAN NHÂN DÂN QUẬN 7" from "UBND Quận 7": the issuing body in upper case, abbreviation spelled out.</summary>
    public static string IssuingBody(string organisationName)
    {
        var name = organisationName.Trim();
        if (name.StartsWith("UBND ", StringComparison.OrdinalIgnoreCase)) name = "Ủy ban nhân dân " + name[5..];
        return name.ToUpperInvariant();
    }

    private static Table Header(ExportData data)
    {
        var left = new OpenXmlElement[]
        {
            Paragraph(T.SuperiorBodyPlaceholder, Look.Centred with { Size = 13 }),
            Paragraph(IssuingBody(data.OrganisationName), Look.Centred with { Size = 13, Bold = true }),
            Rule(1200, HeaderLeft),
            Paragraph(T.NumberField, Look.Centred with { Size = 13, SpaceBefore = 60 }),
        };
        var rightWidth = CellWidth(HeaderLeft, left: false);
        var right = new OpenXmlElement[]
        {
            Paragraph(T.NationalName, Look.Centred with { Size = 12, Bold = true }),
            Paragraph(T.Motto, Look.Centred with { Size = 13, Bold = true }),
            Rule(3000, rightWidth),
            Paragraph(string.Format(Inv, T.PlaceAndDate, data.Today.Year), Look.Centred with { Italic = true, SpaceBefore = 60 }),
        };
        return TwoColumns(HeaderLeft, left, right);
    }

    private static string Plans(ExportData data)
    {
        var plans = data.Occurrences.Select(o => o.Occurrence).DistinctBy(o => o.PlanId)
            .Select(o => o.PlanNumber is { Length: > 0 } number
                ? string.Format(Inv, T.PlanReference, number, LowerFirst(o.PlanTitle))
                : string.Format(Inv, T.PlanWithoutNumber, LowerFirst(o.PlanTitle)))
            .ToList();
        return plans.Count == 0 ? T.NoPlans : string.Join("; ", plans);
    }

    private static IEnumerable<OpenXmlElement> TaskResults(ExportData data, SourceComments comments)
    {
        if (data.Occurrences.Count == 0)
        {
            yield return Paragraph(T.NoOccurrences, Look.Body);
            yield break;
        }
        var ordered = data.Occurrences.OrderBy(o => o.Occurrence.PlanTitle, StringComparer.Ordinal)
            .ThenBy(o => o.Occurrence.SectionPath, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var o = ordered[i].Occurrence;
            var format = o.SectionPath.Length > 0 ? T.OccurrenceHeading : T.OccurrenceHeadingNoSection;
            yield return Paragraph(string.Format(Inv, format, Letter(i), o.Description, o.Label, Due(o), o.SectionPath), Look.Body with { Italic = true });
            var reported = ordered[i].Units.Where(Reported).ToList();
            if (reported.Count == 0) yield return Paragraph(T.NoResultsYet, Look.Body);
            foreach (var unit in reported)
            {
                var text = string.Format(Inv, T.UnitResult, unit.UnitName, unit.CurrentContent!.Results);
                if (ExportTexts.Progress(unit.CurrentContent) is { } progress) text += string.Format(Inv, T.UnitProgress, progress);
                yield return Paragraph(Look.Body, comments.Traced(Source(unit), Runs(text, Look.Body)));
            }
            var missing = ordered[i].Units.Where(u => !u.Standing.Submitted).Select(u => u.UnitName).ToList();
            if (missing.Count > 0 && reported.Count > 0) yield return Paragraph(string.Format(Inv, T.NotReported, string.Join(", ", missing)), Look.Body);
        }
    }

    private static IEnumerable<OpenXmlElement> Gathered(ExportData data, Func<ReportContent, string?> field, string none, SourceComments comments)
    {
        var any = false;
        foreach (var occurrence in data.Occurrences)
        {
            foreach (var unit in occurrence.Units.Where(Reported))
            {
                if (field(unit.CurrentContent!) is not { Length: > 0 } text) continue;
                any = true;
                var line = string.Format(Inv, T.UnitItem, unit.UnitName, occurrence.Occurrence.Description, text);
                yield return Paragraph(Look.Body, comments.Traced(Source(unit), Runs(line, Look.Body)));
            }
        }
        if (!any) yield return Paragraph(none, Look.Body);
    }

    private static IEnumerable<OpenXmlElement> Compliance(ExportData data)
    {
        if (data.Occurrences.Count == 0) yield return Paragraph(T.NoOccurrences, Look.Body);
        foreach (var occurrence in data.Occurrences)
        {
            var o = occurrence.Occurrence;
            var text = string.Format(Inv, T.ComplianceLine, o.Description, o.Label, occurrence.Count(ReportTimeliness.OnTime), occurrence.Units.Count);
            var late = occurrence.With(ReportTimeliness.Late).Select(u => string.Format(Inv, T.DaysLate, u.UnitName, u.Standing.DaysLate)).ToList();
            var missing = occurrence.Units.Where(u => !u.Standing.Submitted).Select(u => u.Standing.Timeliness == ReportTimeliness.Overdue
                ? string.Format(Inv, T.DaysOverdue, u.UnitName, u.Standing.DaysLate)
                : u.UnitName).ToList();
            if (late.Count > 0) text += string.Format(Inv, T.LateUnits, string.Join(", ", late));
            if (missing.Count > 0) text += string.Format(Inv, T.MissingUnits, string.Join(", ", missing));
            yield return Paragraph(text, Look.Body);
        }
    }

    private static Table Signature(string organisationName)
    {
        var left = new List<OpenXmlElement> { Paragraph(T.Recipients, new Look(JustificationValues.Left, Bold: true, Italic: true, Size: 12, SpaceBefore: 240, SpaceAfter: 0)) };
        left.AddRange(T.RecipientLines.Select(line => Paragraph(line, new Look(JustificationValues.Left, Size: 11, SpaceAfter: 0))));
        var signer = organisationName.TrimStart().StartsWith("UBND", StringComparison.OrdinalIgnoreCase) ? T.CommitteeSigner : T.OtherSigner;
        var right = new List<OpenXmlElement>();
        right.AddRange(signer.Select((line, i) => Paragraph(line, Look.Centred with { Bold = true, SpaceBefore = i == 0 ? 240 : 0 })));
        right.Add(Paragraph(T.SignerName, Look.Centred with { Bold = true, SpaceBefore = 1440 }));
        return TwoColumns(SignatureLeft, left, right);
    }

    private static bool Reported(UnitCompliance unit) => unit.Standing.Submitted && unit.CurrentContent is not null && unit.ReportId is not null;

    private static string Source(UnitCompliance unit) => string.Format(Inv, T.Source, unit.ReportId, unit.UnitName, unit.CurrentVersion,
        unit.CurrentSubmittedAt is { } at ? VietnamTime.Local(at).ToString("dd/MM/yyyy HH:mm", Inv) : "?", unit.CurrentAuthor?.Name ?? "?");

    private static string Due(ComplianceOccurrence o) => o.DueOn is { } due ? due.ToString("dd/MM/yyyy", Inv) : ExportTexts.NoDueDate;

    /// <summary>a, b, … z, aa, ab: the decree's third heading level.</summary>
    private static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
