using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// What a new user saw in the chat (issue 15, points 1, 2, 3, 6, 7), asked again over real HTTP on the sample plans:
/// every answer is read from the card the bot sent to the Connector.
/// </summary>
public sealed class AnswerContentTests : IAsyncLifetime
{
    private const string Coordinator = "00000000-0000-0000-0000-00000000c001";
    private ChatHarness chat = null!;

    public async Task InitializeAsync() => chat = await ChatHarness.StartAsync(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)));

    public async Task DisposeAsync() => await chat.DisposeAsync();

    [Theory]
    [InlineData("nhiệm vụ của phòng nội vụ năm 2022")]
    [InlineData("nhiem vu cua phong noi vu nam 2022")]
    [InlineData("từ 01/01/2022 đến 31/12/2026 có gì đến hạn")]
    [InlineData("nhiệm vụ của Cơ quan Tổ chức - Nội vụ")]
    public async Task ListAnswer_ObligationWithSeveralOccurrencesOrUnits_IsOneLine(string question)
    {
        var turn = await chat.AskAsync(question);

        Assert.NotEmpty(turn.Lines);
        var titlesAndPlans = turn.Lines.Select(l => string.Join(" | ", l.Split(" | ").Where(p => !p.StartsWith("Hạn", StringComparison.Ordinal)
            && !p.StartsWith("Các hạn", StringComparison.Ordinal) && !p.Contains("ngày nghỉ", StringComparison.Ordinal)))).ToList();
        Assert.Equal(titlesAndPlans.Count, titlesAndPlans.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Due_OverSeveralYears_GroupsTheDatesOfOneDuty()
    {
        var turn = await chat.AskAsync("từ 01/01/2022 đến 31/12/2026 có gì đến hạn");

        // Cầu Ngang's annual report, due 24/11 of each year of its 2022–2026 plan: one line, five dates.
        var annual = Assert.Single(turn.Lines, l => l.Contains("Các hạn: 24/11/2022, 24/11/2023, 24/11/2024, 24/11/2025 và 24/11/2026", StringComparison.Ordinal));
        Assert.Contains("Hạn tới: Thứ Ba, 24/11/2026 (còn 3 ngày)", annual, StringComparison.Ordinal);
        Assert.Single(turn.Lines, l => l.Contains("Các hạn: 15/03, 15/06, 15/09 và 15/12/2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Due_CoordinatorOfBaDinh_CoversEveryUnitOfTheOrganisation()
    {
        await chat.JoinAsync(Coordinator, "Ba Đình", "Phòng Nội vụ", RosterRole.Coordinator);

        var turn = await chat.AskAsync("năm 2025 có gì đến hạn?", Coordinator);

        Assert.Equal("Đến hạn trong năm 2025", turn.Card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.DoesNotContain("Không có hạn nào", turn.AllText, StringComparison.Ordinal);
        // The same five deadlines as `ask --org "UBND quận Ba Đình"`: four quarterly reports and the annual one.
        Assert.Equal(2, turn.Lines.Count);
        Assert.Contains(turn.Lines, l => l.Contains("15/03, 15/06, 15/09 và 15/12/2025", StringComparison.Ordinal));
        Assert.Contains(turn.Lines, l => l.Contains("Hạn cuối: Thứ Hai, 24/11/2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Due_HolidayDeadline_NamesTheLastWorkingDayWithoutTrướcNgày()
    {
        await using var april2022 = await ChatHarness.StartAsync(new DateTimeOffset(2022, 4, 15, 9, 0, 0, TimeSpan.FromHours(7)));

        var turn = await april2022.AskAsync("tháng này có gì đến hạn");

        Assert.Contains("30/04/2022 là ngày nghỉ lễ: nộp chậm nhất Thứ Sáu, 29/04/2022.", turn.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("trước ngày", turn.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Due_WeekendDeadline_NamesTheWeekdayNotAHoliday()
    {
        await using var october2022 = await ChatHarness.StartAsync(new DateTimeOffset(2022, 10, 5, 9, 0, 0, TimeSpan.FromHours(7)));

        var turn = await october2022.AskAsync("t10 có gì đến hạn");

        Assert.Contains("29/10/2022 là Thứ Bảy: nộp chậm nhất Thứ Sáu, 28/10/2022.", turn.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("29/10/2022 là ngày nghỉ lễ", turn.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_SeveralOrganisations_EachLineNamesItsOrganisationAndUnnumberedPlansByIssuer()
    {
        var turn = await chat.AskAsync("từ 01/01/2022 đến 31/12/2026 có gì đến hạn");

        Assert.All(turn.Lines, l => Assert.Contains("Cơ quan: UBND ", l, StringComparison.Ordinal));
        Assert.Contains(turn.Lines, l => l.Contains("Cơ quan: UBND huyện Cầu Ngang", StringComparison.Ordinal) && l.Contains("KH 40/KH-UBND", StringComparison.Ordinal));
        Assert.Contains(turn.Lines, l => l.Contains("KH của UBND quận Ba Đình (năm 2025)", StringComparison.Ordinal));
        Assert.DoesNotContain("chưa có số", turn.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_OneOrganisation_LinesDoNotRepeatIt()
    {
        await chat.JoinAsync(Coordinator, "Ba Đình", "Phòng Nội vụ", RosterRole.Coordinator);

        var turn = await chat.AskAsync("năm 2025 có gì đến hạn?", Coordinator);

        Assert.DoesNotContain("Cơ quan:", turn.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_NoPeriodNamed_OnlyPlansInForceAndSaysSo()
    {
        var now = await chat.AskAsync("nhiệm vụ của phòng nội vụ");
        var named = await chat.AskAsync("nhiệm vụ của phòng nội vụ năm 2022");

        // Quận 7's plan was for 2022: it is not in force on 21/11/2026.
        Assert.DoesNotContain("102/KH-UBND-NV", now.AllText, StringComparison.Ordinal);
        Assert.Contains("Chỉ gồm các kế hoạch đang thực hiện", now.AllText, StringComparison.Ordinal);
        Assert.Contains("102/KH-UBND-NV", named.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_LongOverdue_ReadsĐãQuáHạnWithTheDateNotACount()
    {
        var turn = await chat.AskAsync("từ 01/01/2022 đến 31/12/2026 có gì đến hạn");

        Assert.Contains(turn.Lines, l => l.Contains("Hạn cuối: Thứ Bảy, 30/04/2022 (đã quá hạn)", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"quá hạn \d{2,} ngày", turn.AllText);
    }
}
