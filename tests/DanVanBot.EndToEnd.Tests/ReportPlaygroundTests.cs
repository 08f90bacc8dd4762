using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// A unit's progress report end to end in the Agents Playground, through its web UI in headless Chromium, on the
/// Quận 7 sample plan on 01/04/2022 (the wards' "Báo cáo 6 tháng" is open). Two people, two Playgrounds on one bot:
/// a member of UBND 10 Phường opens the form from the due answer, is stopped on an empty result, sends the report
/// (receipt, đúng hạn), amends it (version 2); the Nội vụ coordinator, in their own chat, sees the unit under
/// "đúng hạn" and opens its report.
/// </summary>
public sealed class ReportPlaygroundTests
{
    private const string ReporterAad = "00000000-0000-0000-0000-0000000000040";
    private const string CoordinatorAad = "00000000-0000-0000-0000-0000000000041";
    private const string Wards = "UBND 10 Phường";
    private const string FirstResults = "Đã tổ chức 12 buổi tiếp dân, tiếp 340 lượt công dân.";
    private const string AmendedResults = "Đã tổ chức 15 buổi tiếp dân, tiếp 410 lượt công dân.";
    private static readonly DateTimeOffset Today = new(2022, 4, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [RequiresEndToEndFact]
    public async Task MemberReportsFromDueAnswer_AmendsIt_CoordinatorSeesItOnTimeAndOpensIt()
    {
        var directory = Directory.CreateTempSubdirectory("danvanbot-e2e-").FullName;
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?> { ["Bot:AllowedTenants:1"] = PlaygroundUsers.TenantId },
            replaceServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new StoppedClock(Today))));
        var wards = await RosterSeeding.GrantAsync(bot.Services, ReporterAad, "UBND Quận 7", Wards, RosterRole.Member, "Lê Văn Cường");
        var coordinatingUnit = (await bot.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(wards.OrganisationId)).Single(u => u.IsCoordinator);
        await RosterSeeding.GrantAsync(bot.Services, CoordinatorAad, "UBND Quận 7", coordinatingUnit.Name, RosterRole.Coordinator, "Nguyễn Văn An");
        await using var reporterTeams = await PlaygroundProcess.StartAsync(bot.MessagesUrl.ToString(),
            PlaygroundUsers.WriteConfig(directory, "reporter", "Lê Văn Cường", ReporterAad, "a:personal-reporter"));
        await using var coordinatorTeams = await PlaygroundProcess.StartAsync(bot.MessagesUrl.ToString(),
            PlaygroundUsers.WriteConfig(directory, "coordinator", "Nguyễn Văn An", CoordinatorAad, "a:personal-coordinator"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PlaygroundPages.LaunchAsync(playwright);
        var reporter = await PlaygroundPages.OpenAsync(browser, reporterTeams);
        var coordinator = await PlaygroundPages.OpenAsync(browser, coordinatorTeams);
        try
        {
            await ReportAndAmendAsync(reporter);
            await AssertTwoVersionsStoredAsync(bot);
            await CoordinatorSeesOnTimeAndOpensAsync(coordinator);
        }
        finally
        {
            await PlaygroundPages.ScreenshotAsync(reporter, "report-member");
            await PlaygroundPages.ScreenshotAsync(coordinator, "report-coordinator");
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { /* best effort */ }
        }
    }

    private static async Task ReportAndAmendAsync(IPage page)
    {
        await Expect(page.GetByText(DanVanBot.App.BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await PlaygroundPages.SendAsync(page, "tháng 4 có gì đến hạn");
        var reportButton = page.GetByRole(AriaRole.Button, new() { Name = "Báo cáo", Exact = true });
        await Expect(reportButton.First).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await reportButton.Last.ClickAsync();

        // The form, prefilled with the unit and the last day, dates as text.
        var results = page.GetByRole(AriaRole.Textbox, new() { Name = "Kết quả thực hiện" }).Last;
        await Expect(results).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await Expect(page.GetByText("Báo cáo tiến độ", new() { Exact = true }).Last).ToBeVisibleAsync();
        await Expect(page.GetByText(Wards, new() { Exact = true }).Last).ToBeVisibleAsync();
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).Last;
        var difficulties = page.GetByRole(AriaRole.Textbox, new() { Name = "Khó khăn, vướng mắc" }).Last;

        // Left empty: the card itself names the required field and sends nothing.
        await difficulties.FillAsync("Thiếu kinh phí in tài liệu");
        await send.ClickAsync();
        await Expect(page.GetByText("Vui lòng nhập kết quả thực hiện.").Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });

        // Only spaces pass the card's own check: the server sends the same form back, the problem named, the input kept.
        await results.FillAsync("   ");
        await send.ClickAsync();
        await Expect(page.GetByText("Báo cáo chưa được gửi. Vui lòng sửa các mục ghi chú màu đỏ bên dưới.").Last)
            .ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await Expect(page.GetByText("Vui lòng nhập kết quả thực hiện.").Last).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Khó khăn, vướng mắc" }).Last).ToHaveValueAsync("Thiếu kinh phí in tài liệu");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Kết quả thực hiện" }).Last.FillAsync(FirstResults);
        // The Playground draws the compact choice set as a Fluent UI combobox (as Teams does), not a <select>.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Tiến độ" }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Đang thực hiện" }).Last.ClickAsync();
        await page.GetByRole(AriaRole.Spinbutton).Last.FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).Last.ClickAsync();
        await Expect(page.GetByText("Đã nhận báo cáo").Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await Expect(page.GetByText("Đúng hạn", new() { Exact = true }).Last).ToBeVisibleAsync();

        // "Sửa báo cáo" opens the form with the current text; sent again it is version 2.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sửa báo cáo" }).Last.ClickAsync();
        var editing = page.GetByRole(AriaRole.Textbox, new() { Name = "Kết quả thực hiện" }).Last;
        await Expect(editing).ToHaveValueAsync(FirstResults, new() { Timeout = Ms(Patience) });
        await editing.FillAsync(AmendedResults);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).Last.ClickAsync();
        await Expect(page.GetByText("Đã nhận báo cáo").Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await Expect(page.GetByText("2", new() { Exact = true }).Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
    }

    /// <summary>Straight from the bot's SQLite file: two revisions, version 2 current, version 1's text kept as sent.</summary>
    private static async Task AssertTwoVersionsStoredAsync(RunningBot bot)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var revisions = connection.CreateCommand();
        revisions.CommandText = """SELECT "Version", "Results", "PercentComplete" FROM "ReportRevisions" ORDER BY "Version" """;
        var rows = new List<(long Version, string Results, long? Percent)>();
        await using (var reader = await revisions.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        Assert.Equal([(1L, FirstResults, (long?)60), (2L, AmendedResults, (long?)60)], rows);
        await using var header = connection.CreateCommand();
        header.CommandText = """SELECT "CurrentVersion" FROM "Reports" """;
        Assert.Equal(2L, Assert.IsType<long>(await header.ExecuteScalarAsync()));

        var wards = await RosterSeeding.UnitAsync(bot.Services, "UBND Quận 7", Wards);
        var reports = bot.Services.GetRequiredService<IReportStore>();
        var stored = await reports.FindReportAsync(await OnlyReportOccurrenceAsync(connection), wards.Id);
        Assert.Equal((2, AmendedResults), (stored!.CurrentVersion, stored.ShownContent.Results));
        Assert.Equal(FirstResults, (await reports.FindReportByIdAsync(stored.ReportId, 1))!.ShownContent.Results);
    }

    private static async Task<Guid> OnlyReportOccurrenceAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "OccurrenceId" FROM "Reports" """;
        return Guid.Parse((string)(await command.ExecuteScalarAsync())!);
    }

    private static async Task CoordinatorSeesOnTimeAndOpensAsync(IPage page)
    {
        await Expect(page.GetByText(DanVanBot.App.BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await PlaygroundPages.SendAsync(page, "tình hình nộp báo cáo tháng 4");
        await Expect(page.GetByText($"Đúng hạn: {Wards}").Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Xem báo cáo: {Wards}" }).Last.ClickAsync();
        await Expect(page.GetByText($"Báo cáo của {Wards}").Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
        await Expect(page.GetByText("2 (hiện hành)").Last).ToBeVisibleAsync();
        await Expect(page.GetByText(AmendedResults).Last).ToBeVisibleAsync();
    }

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;
}
