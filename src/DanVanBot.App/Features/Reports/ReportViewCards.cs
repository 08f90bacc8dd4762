using System.Globalization;
using System.Text.Json.Nodes;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// One version of a unit's report as its readers see it: content, attachments, other versions, whether it was sent
/// back and why, and, for the unit's head on a current version not yet returned, the "Trả lại" form.
/// </summary>
internal static class ReportViewCards
{
    public const string ReasonKey = "returnReason";
    public const int MaxReasonLength = 1000;

    private static readonly string[] ProgressTitles = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"];

    /// <param name="reason">A reason typed before, written back into the form with <paramref name="error"/>.</param>
    public static JsonObject Render(ViewedReport viewed, CurrentUser viewer, string? notice = null, string? error = null, string? reason = null)
    {
        var card = CardJson.Render(CardNames.ReportView, Data(viewed, viewer, notice, error));
        if (!string.IsNullOrEmpty(reason) && FindInput(card, ReasonKey) is { } input) input["value"] = reason;
        return card;
    }

    public static bool MayReturn(ViewedReport viewed, CurrentUser viewer) =>
        viewer.IsHeadOf(viewed.Unit.UnitId) && viewed.Report.ShownVersion == viewed.Report.CurrentVersion && viewed.Report.Shown.Returned is null;

    private static ReportViewCardData Data(ViewedReport viewed, CurrentUser viewer, string? notice, string? error)
    {
        var report = viewed.Report;
        var shown = report.Shown;
        var occurrence = viewed.Occurrence.Occurrence;
        var versionText = report.ShownVersion == report.CurrentVersion
            ? string.Format(CultureInfo.InvariantCulture, ReportTexts.VersionCurrent, report.ShownVersion)
            : string.Format(CultureInfo.InvariantCulture, ReportTexts.VersionOld, report.ShownVersion, report.CurrentVersion);
        var attachments = shown.Attachments.Count == 0 ? null : string.Join("; ", shown.Attachments.Select(a => string.Format(
            CultureInfo.InvariantCulture, ReportTexts.AttachmentLine, a.FileName, ReportAttachmentFiles.Size(a.SizeBytes), a.UploadedBy.Name ?? "—",
            ReportTexts.Time(a.UploadedAt))));
        var versions = report.Revisions.Where(r => r.Version != report.ShownVersion).OrderByDescending(r => r.Version)
            .Select(r => new ReportViewVersion(report.ReportId.ToString(), r.Version.ToString(CultureInfo.InvariantCulture),
                string.Format(CultureInfo.InvariantCulture, ReportTexts.VersionButton, r.Version,
                    VietnameseDates.Date(VietnamTime.DateOf(r.SubmittedAt))))).ToList();
        var returned = shown.Returned is { } back
            ? string.Format(CultureInfo.InvariantCulture, ReportTexts.ReturnedLine, ReportTexts.Time(back.ReturnedAt), back.ReturnedBy.Name ?? "—", back.Reason)
            : null;
        return new ReportViewCardData(viewed.Unit.UnitName, occurrence.Description,
            occurrence.DueOn is { } due ? VietnameseDates.Date(due) : ReportTexts.NoDueDate, versionText,
            ReportTexts.Time(shown.SubmittedAt), ReportTexts.Standing(viewed.Unit.Standing), Fields(report.ShownContent), versions, shown.Author.Name,
            attachments, report.ReportId.ToString(), report.ShownVersion.ToString(CultureInfo.InvariantCulture), MayReturn(viewed, viewer),
            returned, error, notice);
    }

    private static List<ReportViewField> Fields(ReportContent content)
    {
        var fields = new List<ReportViewField> { new("Kết quả thực hiện", content.Results) };
        if (content.Progress is { } progress) fields.Add(new("Tiến độ", ProgressTitles[(int)progress]));
        if (content.PercentComplete is { } percent) fields.Add(new("Tỷ lệ hoàn thành", percent.ToString(CultureInfo.InvariantCulture) + "%"));
        if (content.Difficulties is { } difficulties) fields.Add(new("Khó khăn, vướng mắc", difficulties));
        if (content.Proposals is { } proposals) fields.Add(new("Đề xuất, kiến nghị", proposals));
        if (content.DocumentReference is { } reference) fields.Add(new("Số, ký hiệu văn bản / minh chứng", reference));
        return fields;
    }

    private static JsonObject? FindInput(JsonNode? node, string id) => node switch
    {
        JsonObject o when (string?)o["id"] == id => o,
        JsonObject o => o.Select(p => FindInput(p.Value, id)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => FindInput(n, id)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
