using System.Text;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Protocol.Hosting;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Hostile;

/// <summary>One hostile input: the request that carries it, and what a clear answer to it is.</summary>
public sealed record HostileInput(Func<PlanImportHarness, HttpContent> Request, Action<RecordedCall> AssertAnswer);

/// <summary>The inputs of issue 8's attack review, each as the bot receives it.</summary>
public static class HostileInputs
{
    public static IReadOnlyDictionary<string, HostileInput> All { get; } = new Dictionary<string, HostileInput>
    {
        ["docx: one text node of 200 million characters"] = Docx(() => HostileDocx.HugeTextNode(200_000_000)),
        ["docx: 1.5 million paragraphs"] = Docx(() => HostileDocx.ManyParagraphs(1_500_000)),
        ["docx: nesting 50,000 deep"] = Docx(() => HostileDocx.DeepNesting(50_000)),
        ["docx: 20,000 entries"] = Docx(() => HostileDocx.ManyEntries(20_000)),
        ["txt: 160 KB of continuation lines"] = Text(ContinuationRun(160 * 1024)),
        ["txt: 160 KB of continuation lines, a date on each"] = new(
            harness => Json(PlanActivities.FileMessage(harness.Connector.ServiceUrl, "ke-hoach.txt",
                harness.Files.Serve("ke-hoach.txt", Utf8(DatedContinuationRun(160 * 1024))), CoordinatorAad)),
            answer => Assert.Equal(string.Format(PlanTexts.DocumentTooLarge, "ke-hoach.txt"), answer.Text)),
        ["txt: one 400 KB paragraph"] = new(
            harness => Json(PlanActivities.FileMessage(harness.Connector.ServiceUrl, "ke-hoach.txt",
                harness.Files.Serve("ke-hoach.txt", Utf8(LongParagraph(400 * 1024))), CoordinatorAad)),
            answer => Assert.Equal(string.Format(PlanTexts.DocumentTooLarge, "ke-hoach.txt"), answer.Text)), // 10,000 dated phrases
        ["txt: 140 KB of column labels, one a line"] = Text(LabelRun(140 * 1024)),
        ["txt: 140 KB of a two-row header's labels"] = Text(TwoRowLabelRun(140 * 1024)),
        ["txt: 140 KB of afternoon rows under one merged day"] = Text(MergedDayRun(140 * 1024)),
        ["txt: 140 KB of day lines under a schedule's header"] = Text(DayLineRun(140 * 1024)),
        ["chat: 900 KB of '<'"] = Chat(new string('<', 900_000)),
        ["chat: 900 KB of '@'"] = Chat(new string('@', 900_000)),
        ["download: one byte a second"] = new(
            harness => Json(PlanActivities.FileMessage(harness.Connector.ServiceUrl, "cham.docx", harness.Files.Slow("cham.docx"), CoordinatorAad)),
            answer => Assert.Equal(string.Format(PlanTexts.DownloadTooSlow, "cham.docx", 3), answer.Text)),
        ["download: a body that never ends"] = new(
            harness => Json(PlanActivities.FileMessage(harness.Connector.ServiceUrl, "vo-tan.docx", harness.Files.Endless("vo-tan.docx"), CoordinatorAad)),
            answer => Assert.Equal(string.Format(PlanTexts.FileTooLarge, "vo-tan.docx", 5), answer.Text)),
    };

    private static HostileInput Docx(Func<byte[]> build) => new(
        harness => Json(PlanActivities.FileMessage(harness.Connector.ServiceUrl, "ke-hoach.docx", harness.Files.Serve("ke-hoach.docx", build()), CoordinatorAad)),
        answer => Assert.Equal(string.Format(PlanTexts.DocumentTooLarge, "ke-hoach.docx"), answer.Text));

    /// <summary>A plain-text plan within the size limits: read in time, it gets a preview or a "not a plan", never the apology.</summary>
    private static HostileInput Text(string plan) => new(
        harness => Json(PlanActivities.FileMessage(harness.Connector.ServiceUrl, "ke-hoach.txt", harness.Files.Serve("ke-hoach.txt", Utf8(plan)), CoordinatorAad)),
        AssertNotTheApology);

    /// <summary>The flood goes in the JSON as it is: '&lt;' needs no escaping, so the body stays under the 1 MB limit.</summary>
    private static HostileInput Chat(string flood) => new(harness =>
    {
        var json = Activities.Message(harness.Connector.ServiceUrl, "FLOOD").ToJsonString()
            .Replace("\"FLOOD\"", "\"" + flood + "\"", StringComparison.Ordinal);
        return new StringContent(json, Encoding.UTF8, "application/json");
    }, AssertNotTheApology);

    private static void AssertNotTheApology(RecordedCall answer)
    {
        Assert.True(answer.Text is { Length: > 0 } || answer.FirstCard is not null, "an empty answer");
        Assert.NotEqual(new BotHostingOptions().ApologyText, answer.Text);
    }

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    private const string Header =
        "ỦY BAN NHÂN DÂN\nQUẬN 7\nSố: 12/KH-UBND\nQuận 7, ngày 30 tháng 3 năm 2022\nKẾ HOẠCH\n" +
        "Thực hiện công tác dân vận chính quyền năm 2022\nI. MỤC ĐÍCH\nNâng cao hiệu quả công tác.\nII. NHIỆM VỤ\n";

    /// <summary>One paragraph cut into short lines: each line continues the one before (was quadratic: 160 KB took 47 s).</summary>
    private static string ContinuationRun(int bytes) =>
        Grow(Header + "- Các đơn vị gửi báo cáo", "\ntiếp tục nội dung công tác dân vận chính quyền", bytes, " trước ngày 15/12/2022");

    /// <summary>
    /// Thousands of lines each reading like a table's column label ("Địa điểm"), after a time label: every line could
    /// start the header of a schedule without row numbers (was quadratic: 19,000 lines took 227 s).
    /// </summary>
    private static string LabelRun(int bytes) => Grow(Header + "Thời gian\nNội dung", "\nĐịa điểm", bytes);

    /// <summary>"Thời gian" / "Thành phần" over thousands of second-row labels: each line could start a header of two rows.</summary>
    private static string TwoRowLabelRun(int bytes) => Grow(Header + "Thời gian\nThành phần\nNội dung", "\nNgày\nBuổi\nTổ kiểm tra", bytes);

    /// <summary>One day merged over thousands of "Chiều" rows: each row takes the day, which must not grow with them.</summary>
    private static string MergedDayRun(int bytes) =>
        Grow(Header + "Ngày\nBuổi\nĐơn vị được kiểm tra\nThứ Hai, 14/3/2022\nSáng\nẤp Bình An", "\nChiều\nẤp Bình Hòa", bytes);

    /// <summary>Thousands of day lines in a row under a schedule's header: one time cell of thousands of lines.</summary>
    private static string DayLineRun(int bytes) =>
        Grow(Header + "Thời gian\nĐơn vị được kiểm tra\nĐịa điểm", "\nThứ Hai, ngày 14/3/2022", bytes);

    /// <summary>The same with a date on every line: each of thousands of obligations would name all the paragraph's lines.</summary>
    private static string DatedContinuationRun(int bytes) =>
        Grow(Header + "- Các đơn vị gửi báo cáo", "\ntiếp tục nội dung, báo cáo trước ngày 15/12/2022", bytes);

    /// <summary>One paragraph, one sentence, thousands of dated phrases (was quadratic: 400 KB took 122 s).</summary>
    private static string LongParagraph(int bytes) =>
        Grow(Header + "- Phòng Nội vụ", " gửi báo cáo sơ kết trước ngày 15/6/2022, tổng kết trước ngày 25/11/2022,", bytes);

    private static string Grow(string start, string repeated, int bytes, string end = "")
    {
        var text = new StringBuilder(start);
        var step = Encoding.UTF8.GetByteCount(repeated);
        for (var size = Encoding.UTF8.GetByteCount(start); size < bytes; size += step) text.Append(repeated);
        return text.Append(end).Append(".\n").ToString();
    }
}
