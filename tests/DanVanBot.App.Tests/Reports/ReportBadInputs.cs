using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Reports;
using static DanVanBot.App.Tests.Reports.AuthenticatedReportBot;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// One hostile or broken request against the report feature: what is posted (with a real token), and the Vietnamese
/// the answer must contain. <paramref name="ReplyIn"/> names the conversation a chat answer arrives in; null: the
/// answer is the invoke response itself.
/// </summary>
public sealed record ReportBadInput(string Name, Func<AuthenticatedReportBot, JsonObject> Activity, Func<AuthenticatedReportBot, string> Expected,
    string? ReplyIn = null)
{
    public override string ToString() => Name;
}

/// <summary>The cases: wrong types, missing and oversized fields, unknown verbs, foreign ids, replays and forgeries, roles.</summary>
public static class ReportBadInputs
{
    private static ReportBadInput Submit(string name, Action<AuthenticatedReportBot, JsonObject> spoil, Func<AuthenticatedReportBot, string> expected,
        string userAad = ReporterAad) =>
        new(name, bot =>
        {
            var data = bot.FormData(bot.Wards);
            spoil(bot, data);
            return bot.Action(ReportFormCards.SubmitVerb, data, userAad);
        }, expected);

    private static Func<AuthenticatedReportBot, string> Says(string text) => _ => text;

    public static IReadOnlyList<ReportBadInput> All { get; } =
    [
        // Wrong types.
        Submit("results is a number", (_, d) => d["results"] = 42, Says("Giá trị không hợp lệ")),
        Submit("results is an object", (_, d) => d["results"] = new JsonObject { ["text"] = "Đã làm" }, Says("Giá trị không hợp lệ")),
        Submit("results is an array", (_, d) => d["results"] = new JsonArray("Đã", "làm"), Says("Giá trị không hợp lệ")),
        Submit("progress is a boolean", (_, d) => d["progress"] = true, Says("Vui lòng chọn một trong: Chưa thực hiện, Đang thực hiện, Hoàn thành.")),
        Submit("percent is text", (_, d) => { d["progress"] = "inProgress"; d["percentComplete"] = "một nửa"; },
            Says("Tỷ lệ hoàn thành phải là một số nguyên từ 0 đến 100.")),
        Submit("percent is a fraction", (_, d) => { d["progress"] = "inProgress"; d["percentComplete"] = 12.5; },
            Says("Tỷ lệ hoàn thành phải là một số nguyên từ 0 đến 100.")),
        Submit("occurrence id is a number", (_, d) => d["occurrenceId"] = 7, Says(ReportTexts.TargetUnknown)),
        Submit("submission id is an object", (_, d) => d["submissionId"] = new JsonObject(), Says(ReportTexts.FormInvalid)),

        // Missing fields.
        Submit("results missing", (_, d) => d.Remove("results"), Says("Vui lòng nhập kết quả thực hiện.")),
        Submit("results blank", (_, d) => d["results"] = " \n\t ", Says("Vui lòng nhập kết quả thực hiện.")),
        Submit("occurrence id missing", (_, d) => d.Remove("occurrenceId"), Says(ReportTexts.TargetUnknown)),
        Submit("submission id missing", (_, d) => d.Remove("submissionId"), Says(ReportTexts.FormInvalid)),
        Submit("submission id empty guid", (_, d) => d["submissionId"] = Guid.Empty.ToString(), Says(ReportTexts.FormInvalid)),
        new("no data at all", bot =>
        {
            var activity = bot.Action(ReportFormCards.SubmitVerb, [], ReporterAad);
            activity["value"]!["action"]!.AsObject().Remove("data");
            return activity;
        }, Says(ReportTexts.TargetUnknown)),

        // Oversized fields.
        Submit("results 4001 characters", (_, d) => d["results"] = new string('x', 4001), Says("Nội dung quá dài: tối đa 4000 ký tự.")),
        Submit("results 200,000 characters", (_, d) => d["results"] = new string('x', 200_000), Says("Nội dung quá dài: tối đa 4000 ký tự.")),
        Submit("difficulties 4001 characters", (_, d) => d["difficulties"] = new string('y', 4001), Says("Nội dung quá dài: tối đa 4000 ký tự.")),
        Submit("document reference 501 characters", (_, d) => d["documentReference"] = new string('z', 501), Says("Nội dung quá dài: tối đa 500 ký tự.")),

        // Unknown verbs.
        new("unknown verb report.delete", bot => bot.Action("report.delete", bot.FormData(bot.Wards), ReporterAad), Says(BotTexts.UnknownAction)),
        new("unknown verb with no name", bot => bot.Action("", bot.FormData(bot.Wards), ReporterAad), Says(BotTexts.UnknownAction)),

        // Another unit's or organisation's occurrence.
        Submit("agencies' unit by a ward member", (bot, d) => d["unitId"] = bot.Agencies.Id.ToString(),
            Says(string.Format(AccessTexts.NeedMemberOf, ReportFormTests.Agencies))),
        Submit("another organisation's occurrence", (bot, d) => d["occurrenceId"] = bot.ForeignOccurrenceId.ToString(), Says(ReportTexts.TargetUnknown)),
        Submit("another organisation's occurrence, no unit", (bot, d) =>
        {
            d["occurrenceId"] = bot.ForeignOccurrenceId.ToString();
            d.Remove("unitId");
        }, Says(ReportTexts.TargetUnknown)),
        Submit("unknown occurrence", (_, d) => d["occurrenceId"] = Guid.NewGuid().ToString(), Says(ReportTexts.TargetUnknown)),
        Submit("unknown unit", (_, d) => d["unitId"] = Guid.NewGuid().ToString(), Says(ReportTexts.TargetUnknown)),
        new("open the form of another organisation's occurrence", bot => bot.Action(ReportFormCards.OpenVerb,
            new JsonObject { ["occurrenceId"] = bot.ForeignOccurrenceId.ToString() }, ReporterAad), Says(ReportTexts.TargetUnknown)),

        // Replayed and forged submission ids.
        Submit("replay of the wards' stored submission with other content", (bot, d) =>
        {
            d["submissionId"] = bot.WardsSent["submissionId"]!.DeepClone();
            d["results"] = "Nội dung bị thay đổi khi gửi lại";
        }, Says("Đã nhận báo cáo")),
        Submit("the agencies' submission id on the wards' form", (bot, d) => d["submissionId"] = bot.AgenciesSent["submissionId"]!.DeepClone(),
            Says(ReportTexts.SubmissionIdTaken)),
        Submit("submission id not a guid", (_, d) => d["submissionId"] = "'; DROP TABLE \"Reports\"; --", Says(ReportTexts.FormInvalid)),

        // A member trying the coordinators' actions: another unit's report is read by its own people and the coordinators only.
        new("member opens another unit's report view", bot => bot.Action(ReportViewTarget.Verb, new JsonObject
        {
            ["reportId"] = bot.AgenciesReportId.ToString(),
        }, ReporterAad), Says(string.Format(AccessTexts.NeedReportReader, ReportFormTests.Agencies, "UBND Quận 7"))),
        new("member asks for the compliance card", bot => bot.Message("tình hình nộp báo cáo tháng 4", ReporterAad, "a:bad-input-compliance"),
            Says(string.Format(AccessTexts.NeedCoordinator, "cơ quan")), ReplyIn: "a:bad-input-compliance"),
        new("coordinator who is no member submits for the wards", bot => bot.Action(ReportFormCards.SubmitVerb, bot.FormData(bot.Wards), CoordinatorAad),
            Says(string.Format(AccessTexts.NeedMemberOf, ReportFormTests.Wards))),
    ];

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var input in All) names.Add(input.Name);
        return names;
    }
}
