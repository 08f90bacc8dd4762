using System.Text.Json;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.Cards;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// A province's duty owed by thousands of units still answers with a card: the line names the first units and counts
/// the rest, where it used to name all 3,000 and make a 63 KB card that Teams refuses (the asker got an apology).
/// </summary>
public sealed class ManyUnitsCardTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly IReadOnlyList<string> Units = Enumerable.Range(1, 3000).Select(i => $"Ủy ban nhân dân xã Tân Phước {i}").ToList();

    [Fact]
    public void DueAnswer_DutyOfThreeThousandUnits_NamesTheFirstAndCountsTheRest()
    {
        var answer = new Answer(QuestionIntent.Due, new DateWindow(Today, Today.AddDays(30)), [Item(AskerReportStatus.NotSubmitted)]);

        var activity = AnswerCards.Page(answer, [Line(answer.Items[0])], Today, new AnswerPageToken(Today, 0, "tháng này có gì đến hạn"));

        Assert.True(CardMessage.SerializedBytes(activity) < CardMessage.MaxActivityBytes, $"{CardMessage.SerializedBytes(activity)} bytes");
        var text = CardText(activity);
        Assert.Contains("Ủy ban nhân dân xã Tân Phước 1, ", text, StringComparison.Ordinal);
        Assert.Contains($"Ủy ban nhân dân xã Tân Phước {AnswerCards.MaxUnitNames} … và {3000 - AnswerCards.MaxUnitNames} đơn vị khác", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Tân Phước {AnswerCards.MaxUnitNames + 1},", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAnswer_ThreeThousandUnitsMissing_ListsMoreOfThemAndCountsTheRest()
    {
        var answer = new Answer(QuestionIntent.Missing, new DateWindow(Today.AddDays(-30), Today), [Item(null)]);

        var activity = AnswerCards.Page(answer, [Line(answer.Items[0])], Today, new AnswerPageToken(Today, 0, "đơn vị nào chưa nộp"));

        Assert.True(CardMessage.SerializedBytes(activity) < CardMessage.MaxActivityBytes, $"{CardMessage.SerializedBytes(activity)} bytes");
        Assert.Contains($"Tân Phước {AnswerCards.MaxMissingUnitNames} … và {3000 - AnswerCards.MaxMissingUnitNames} đơn vị khác", CardText(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void NothingDue_NextDeadlineOfThreeThousandUnits_CountsTheRest()
    {
        var answer = new Answer(QuestionIntent.Due, new DateWindow(Today, Today.AddDays(6)), []) { NextDeadline = Item(null) };

        var activity = AnswerCards.Page(answer, [], Today, new AnswerPageToken(Today, 0, "tuần này có gì đến hạn"));

        Assert.True(CardMessage.SerializedBytes(activity) < CardMessage.MaxActivityBytes, $"{CardMessage.SerializedBytes(activity)} bytes");
        Assert.Contains($"… và {3000 - AnswerCards.MaxUnitNames} đơn vị khác", CardText(activity), StringComparison.Ordinal);
    }

    private static AnswerItem Item(AskerReportStatus? status) => new(Guid.NewGuid(), Guid.NewGuid(),
        "Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm", Units, Today.AddDays(10), "12/KH-UBND",
        "Kế hoạch công tác dân vận chính quyền năm 2026", "III.2", AskerStatus: status);

    private static AnswerLine Line(AnswerItem item) =>
        new(item.Description, "Kế hoạch 12/KH-UBND, mục III.2", "UBND tỉnh Đồng Tháp", item.UnitNames, [item.DueOn!.Value], item);

    private static string CardText(DanVanBot.Protocol.Schema.Activity activity) =>
        JsonSerializer.Serialize(activity.Attachments![0].Content!.Value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
