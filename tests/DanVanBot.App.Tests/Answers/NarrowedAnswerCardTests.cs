using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Language.Plans;
using DanVanBot.Storage.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// Issue 14's question semantics through issue 15's answer-list card, over real HTTP: an answer narrowed to a named
/// activity or unit keeps that narrowing on every "Xem thêm" page (the page token carries the question, asked again on
/// the same day), and a confirmation's verdict names its plan and phrases a day off as every list does.
/// </summary>
public sealed class NarrowedAnswerCardTests : IAsyncLifetime
{
    private const string Coordinator = "00000000-0000-0000-0000-00000000c001";
    private const int Inspections = 12;
    private const int Broadcasts = 12;
    private ChatHarness chat = null!;

    public async Task InitializeAsync()
    {
        chat = await ChatHarness.StartAsync(new DateTimeOffset(2030, 1, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        await chat.Bot.Services.GetRequiredService<IPlanStore>().UpsertPlanAsync(PlanDocumentParser.Parse(ManyDutiesPlan()));
    }

    public async Task DisposeAsync() => await chat.DisposeAsync();

    [Fact]
    public async Task MoreButton_ActivityNamed_EveryPageHasOnlyThatActivity()
    {
        var (first, second) = await BothPagesAsync("năm 2030 có đoàn kiểm tra không");

        Assert.Equal(10, first.Lines.Count);
        Assert.Equal(Inspections - 10, second.Count); // not the 27 duties of the year: the filter survived the button
        Assert.All(first.Lines.Concat(second), l => Assert.Contains("đoàn kiểm tra", l, StringComparison.Ordinal));
        Assert.Empty(first.Lines.Intersect(second));
    }

    [Fact]
    public async Task MoreButton_UnitNamed_EveryPageHasOnlyThatUnitsDuties()
    {
        var (first, second) = await BothPagesAsync("nhiệm vụ năm 2030 của phòng văn hóa - thông tin");

        Assert.Equal("Đến hạn trong năm 2030 của Phòng Văn hóa - Thông tin", first.Card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal((10, Broadcasts - 10), (first.Lines.Count, second.Count));
        Assert.All(first.Lines.Concat(second), l => Assert.Contains("Tuyên truyền chuyên đề", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirmation_DeadlineOnADayOff_YesWithTheDayOffNoteAndThePlanNamedByItsIssuer()
    {
        await using var march2025 = await ChatHarness.StartAsync(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        await march2025.JoinAsync(Coordinator, "Ba Đình", "Phòng Nội vụ", RosterRole.Coordinator);

        var turn = await march2025.AskAsync("báo cáo quý 1 hạn 15/3 đúng không", Coordinator);

        var verdict = turn.Replies[0].Text!;
        Assert.StartsWith("Đúng.", verdict, StringComparison.Ordinal);
        Assert.Contains("KH của UBND quận Ba Đình (năm 2025)", verdict, StringComparison.Ordinal);
        Assert.EndsWith("15/03/2025 là Thứ Bảy: nộp chậm nhất Thứ Sáu, 14/03/2025.", verdict, StringComparison.Ordinal);
        Assert.DoesNotContain("trước ngày", turn.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("chưa có số", turn.AllText, StringComparison.Ordinal);
        Assert.Equal("Đến hạn trong quý 1/2025", turn.Card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("bc quý 2 nộp trước 15/6 phải ko", "Đúng.")] // "trước 15/6" is Saturday 14/06: Friday 13/06 either way
    [InlineData("báo cáo quý 2 hạn 12/6 đúng không", "Chưa đúng.")]
    public async Task Confirmation_DayOffDeadline_ClaimsFromTheLastWorkingDayOnAreRight(string question, string verdict)
    {
        await using var march2025 = await ChatHarness.StartAsync(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        await march2025.JoinAsync(Coordinator, "Ba Đình", "Phòng Nội vụ", RosterRole.Coordinator);

        var turn = await march2025.AskAsync(question, Coordinator);

        Assert.StartsWith(verdict, turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("15/06/2025 là Chủ nhật: nộp chậm nhất Thứ Sáu, 13/06/2025.", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    /// <summary>The first answer, and the lines of the page "Xem thêm" brings (expected to be the last).</summary>
    private async Task<(ChatTurn First, IReadOnlyList<string> Second)> BothPagesAsync(string question)
    {
        var first = await chat.AskAsync(question);
        var token = first.Card.GetProperty("actions")[0].GetProperty("data").GetProperty("pageToken").GetString();
        var (_, next) = await chat.PressAsync("due.more", new JsonObject { ["pageToken"] = token });
        // The template keeps an "actions" array; the last page has no "Xem thêm" in it.
        var more = next.Card.TryGetProperty("actions", out var actions) ? actions.GetArrayLength() : 0;
        Assert.True(more == 0, "a second page was expected to be the last");
        return (first, next.Lines);
    }

    /// <summary>
    /// A district plan for 2030 with more than a page of inspections for its Nội vụ office, three reports of that office,
    /// and more than a page of broadcasts for another unit: 27 duties, each due once.
    /// </summary>
    private static string ManyDutiesPlan()
    {
        var text = new StringBuilder("""
            ỦY BAN NHÂN DÂN
            HUYỆN THỬ NGHIỆM

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Số: 77/KH-UBND

            Thử Nghiệm, ngày 10 tháng 01 năm 2030

            KẾ HOẠCH
            Kiểm tra công tác dân vận chính quyền năm 2030

            I. MỤC ĐÍCH, YÊU CẦU

            1. Nắm tình hình thực hiện công tác dân vận chính quyền ở cơ sở.

            II. TỔ CHỨC THỰC HIỆN

            1. Phòng Nội vụ

            - Là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch này.

            """);
        var inv = CultureInfo.InvariantCulture;
        for (var i = 1; i <= Inspections; i++)
            text.AppendLine(inv, $"- Chủ trì đoàn kiểm tra công tác dân vận chính quyền tại xã số {i}, hoàn thành trước ngày 20/{(i - 1) % 11 + 2:00}/2030.").AppendLine();
        for (var i = 1; i <= 3; i++)
            text.AppendLine(inv, $"- Tổng hợp số liệu chuyên đề số {i}, báo cáo Ủy ban nhân dân huyện trước ngày 25/{i + 2:00}/2030.").AppendLine();
        text.AppendLine("2. Phòng Văn hóa - Thông tin").AppendLine();
        for (var i = 1; i <= Broadcasts; i++)
            text.AppendLine(inv, $"- Tuyên truyền chuyên đề dân vận số {i} trên hệ thống truyền thanh, hoàn thành trước ngày 15/{i:00}/2030.").AppendLine();
        return text.ToString();
    }
}
