using System.Globalization;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Xem báo cáo" on the compliance card: a unit's current report (or the version pressed), with its standing, its
/// attachments and buttons for every other version. The gate checked the presser coordinates the report's organisation.
/// </summary>
internal sealed class ReportViewHandler(ReportViewTarget target) : IFeatureHandler
{
    private static readonly string[] ProgressTitles = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"];

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        if (await target.FromCardAsync(turn) is not { } viewed)
        {
            await turn.AnswerActionAsync(action, ReportTexts.ReportUnknown);
            return;
        }
        var card = CardJson.Render(CardNames.ReportView, Data(viewed));
        await turn.AnswerWithCardAsync(action, CardNames.ReportView, card, ReportTexts.ViewSummary);
    }

    private static ReportViewCardData Data(ViewedReport viewed)
    {
        var report = viewed.Report;
        var shown = report.Shown;
        var occurrence = viewed.Occurrence.Occurrence;
        var versionText = report.ShownVersion == report.CurrentVersion
            ? string.Format(CultureInfo.InvariantCulture, ReportTexts.VersionCurrent, report.ShownVersion)
            : string.Format(CultureInfo.InvariantCulture, ReportTexts.VersionOld, report.ShownVersion, report.CurrentVersion);
        var attachments = shown.Attachments.Count == 0 ? null : string.Join(", ", shown.Attachments.Select(a => a.FileName));
        var versions = report.Revisions.Where(r => r.Version != report.ShownVersion).OrderByDescending(r => r.Version)
            .Select(r => new ReportViewVersion(report.ReportId.ToString(), r.Version.ToString(CultureInfo.InvariantCulture),
                string.Format(CultureInfo.InvariantCulture, ReportTexts.VersionButton, r.Version,
                    VietnameseDates.Date(VietnamTime.DateOf(r.SubmittedAt))))).ToList();
        return new ReportViewCardData(viewed.Unit.UnitName, occurrence.Description,
            occurrence.DueOn is { } due ? VietnameseDates.Date(due) : ReportTexts.NoDueDate, versionText,
            ReportTexts.Time(shown.SubmittedAt), ReportTexts.Standing(viewed.Unit.Standing), Fields(report.ShownContent), versions, shown.Author.Name, attachments);
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
}
