using System.Text.Json.Nodes;
using System.Text;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Cards;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// Tasks, search and missing answers are answer-list cards like the due answer, paged the same way, each page under
/// 28 KB (point 9); and "missing" says what happened when nothing was submitted or nothing was due (point 14).
/// </summary>
public sealed class ListCardTests : IAsyncLifetime
{
    private const string Coordinator = "00000000-0000-0000-0000-00000000c001";
    private const string Member = "00000000-0000-0000-0000-00000000e001";
    private ChatHarness chat = null!;

    public async Task InitializeAsync() => chat = await ChatHarness.StartAsync(new DateTimeOffset(2022, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)));

    public async Task DisposeAsync() => await chat.DisposeAsync();

    [Theory]
    [InlineData("nhiệm vụ của phòng nội vụ", "Nhiệm vụ của Phòng Nội vụ")]
    [InlineData("tìm kế hoạch năm 2022", "Tìm thấy 2 kế hoạch")]
    [InlineData("tháng này có gì đến hạn", "Đến hạn trong tháng 12/2022")]
    public async Task ListAnswers_AreTheSameAnswerListCard_NotMarkdownText(string question, string heading)
    {
        var turn = await chat.AskAsync(question);

        var answer = turn.Replies[0];
        Assert.Null(answer.Text);
        Assert.Equal(heading, answer.FirstCard!.Value.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(CardTemplateBodyShape(), BodyShape(answer));
        Assert.True(Encoding.UTF8.GetByteCount(answer.Body.GetRawText()) < CardMessage.MaxActivityBytes);
    }

    [Fact]
    public async Task Missing_CoordinatorNothingSubmitted_ListsEveryOwingUnitAsCard()
    {
        await chat.JoinAsync(Coordinator, "Quận 7", "Phòng Nội vụ", RosterRole.Coordinator);

        var turn = await chat.AskAsync("đơn vị nào chưa nộp báo cáo năm 2022", Coordinator);

        Assert.Contains("Đơn vị chưa nộp báo cáo có hạn trong năm 2022", turn.AllText, StringComparison.Ordinal);
        Assert.Contains(turn.Lines, l => l.Contains("Chưa nộp: Các cơ quan, đơn vị thuộc Quận, UBND 10 Phường", StringComparison.Ordinal));
        Assert.DoesNotContain("Mọi đơn vị đã nộp", turn.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_CoordinatorNothingDue_SaysNothingWasDueNotAllSubmitted()
    {
        await chat.JoinAsync(Coordinator, "Quận 7", "Phòng Nội vụ", RosterRole.Coordinator);

        var turn = await chat.AskAsync("đơn vị nào chưa nộp báo cáo tháng 2 năm 2022", Coordinator);

        Assert.Contains("Không có báo cáo nào đến hạn trong tháng 2/2022", turn.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Mọi đơn vị đã nộp", turn.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_Member_GetsTheirOwnUnitsStandingInsteadOfARefusal()
    {
        await chat.JoinAsync(Member, "Quận 7", "UBND 10 Phường");

        var turn = await chat.AskAsync("đơn vị nào chưa nộp báo cáo năm 2022", Member);

        Assert.Contains("Tình hình nộp báo cáo của UBND 10 Phường trong năm 2022", turn.AllText, StringComparison.Ordinal);
        Assert.Contains("Đơn vị anh/chị: quá hạn, chưa nộp", turn.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_MoreLinesThanAPage_PagesWithXemThêm()
    {
        // A second 2022 plan for Quận 7 gives Phòng Nội vụ more than one page of duties.
        var fixture = Plans.PlanImportHarness.RepoFile("tests", "DanVanBot.App.Tests", "Plans", "Fixtures", "quan-7-tiep-dan-2022.txt");
        await chat.Bot.Services.GetRequiredService<IPlanStore>().UpsertPlanAsync(PlanFiles.Parse(fixture, CancellationToken.None));
        var first = await chat.AskAsync("từ 01/01/2022 đến 31/12/2026 có gì đến hạn");
        var token = PageToken(first);
        Assert.Equal(10, first.Lines.Count);
        Assert.NotNull(token);

        var (response, next) = await chat.PressAsync("due.more", new JsonObject { ["pageToken"] = token });

        Assert.Equal(AskTexts.DueMoreSent, (string?)response!["value"]);
        var second = next.Replies.Single();
        Assert.Null(PageToken(next));
        Assert.NotEmpty(next.Lines);
        Assert.Empty(next.Lines.Intersect(first.Lines));
        Assert.True(Encoding.UTF8.GetByteCount(second.Body.GetRawText()) < CardMessage.MaxActivityBytes);
    }

    private static string? PageToken(ChatTurn turn) =>
        turn.Card.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().Select(a => a.GetProperty("data").GetProperty("pageToken").GetString()).FirstOrDefault()
            : null;

    /// <summary>The card's first element is its heading TextBlock: all list answers share the template.</summary>
    private static string CardTemplateBodyShape() => "TextBlock:Medium";

    private static string BodyShape(RecordedCall call)
    {
        var first = call.FirstCard!.Value.GetProperty("body")[0];
        return first.GetProperty("type").GetString() + ":" + first.GetProperty("size").GetString();
    }
}
