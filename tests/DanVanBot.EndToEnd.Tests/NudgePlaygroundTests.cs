using System.Globalization;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Nudges;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// A reminder end to end in the Agents Playground (issue 12's acceptance), through its web UI in headless Chromium.
/// The bot runs whole (Kestrel, SQLite file, sample plans, its hosted scheduler and sender) on a fake clock that only the
/// test moves: it starts on Tuesday 19/04/2022 at 20:00, after working hours, so the scheduler plans nothing at startup
/// and sets its timer for Wednesday 08:00. Meanwhile the Playground's user, the only member of a unit that owes Quận 7's
/// half-year report (last day 30/04/2022, a Saturday and a holiday: aimed at Friday 29/04), opens the chat, so the bot
/// holds their 1:1 conversation (the Playground's). The test then moves the clock to the scheduler's own wake-up, as
/// time would: the scheduler plans "7 working days before" and the sender posts the card proactively into the
/// Playground's chat. Its three buttons are pressed in the page: "Nhắc lại sau" (the same reminder comes back at 13:30),
/// "Đã nhận" (the card says so, the button goes, the outbox records it) and "Báo cáo ngay" (the report form, prefilled
/// with the obligation, the unit and the last day).
/// </summary>
public sealed class NudgePlaygroundTests
{
    private const string MemberAad = "00000000-0000-0000-0000-0000000000050";
    private const string MemberName = "Trần Thị Mai";
    private static readonly DateTimeOffset Evening = new(2022, 4, 19, 20, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly SevenBefore = new(2022, 4, 20);
    private static readonly DateOnly LastDay = new(2022, 4, 30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [RequiresEndToEndFact]
    public async Task ReminderArrivesInTheChat_SnoozeAcknowledgeAndReportNowWork()
    {
        var directory = Directory.CreateTempSubdirectory("danvanbot-e2e-").FullName;
        var clock = new FakeTimeProvider(Evening);
        await using var bot = await RunningBot.StartAsync(
            new Dictionary<string, string?>
            {
                ["Bot:AllowedTenants:1"] = PlaygroundUsers.TenantId,
                ["Nudges:InstanceId"] = "playground-test",
            },
            replaceServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var signals = bot.Services.GetRequiredService<NudgeSignals>();
        var owed = await HalfYearReportOwedAsync(bot);
        await GrantMembershipAsync(bot, owed.Unit.UnitId);

        await using var teams = await PlaygroundProcess.StartAsync(bot.MessagesUrl.ToString(),
            PlaygroundUsers.WriteConfig(directory, "member", MemberName, MemberAad, "a:personal-member"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PlaygroundPages.LaunchAsync(playwright);
        var page = await PlaygroundPages.OpenAsync(browser, teams);
        try
        {
            // The welcome is the bot's answer to the Playground's conversationUpdate: the conversation reference is stored
            // before any answer, so from here on the bot can reach this chat on its own.
            await Expect(page.GetByText(DanVanBot.App.BotTexts.WelcomeHeading).First).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
            var title = string.Format(CultureInfo.InvariantCulture, NudgeTexts.TitleBefore, 7);
            Assert.Equal(0, await page.GetByText(title).CountAsync());

            await RunSchedulerToAsync(clock, signals, NudgeSlots.At(SevenBefore, new TimeOnly(8, 0)));
            var reminders = page.GetByText(title, new() { Exact = true });
            await Expect(reminders).ToHaveCountAsync(1, new() { Timeout = Ms(Patience) });
            await Expect(page.GetByText(owed.Unit.UnitName, new() { Exact = true }).Last).ToBeVisibleAsync();
            await Expect(page.GetByText(VietnameseDates.WeekdayAndDate(LastDay)).Last).ToBeVisibleAsync();
            var nudge = (await bot.Services.GetRequiredService<INudgeOutbox>().ListAsync(owed.OrganisationId, SevenBefore, LastDay, clock.GetUtcNow()))
                .Single(n => n.AadObjectId == MemberAad);
            Assert.Equal((NudgeState.Delivered, "a:personal-member"), (nudge.State, nudge.ConversationId));

            // "Nhắc lại sau": the bot says when, and at that slot (13:30 the same day) the same reminder comes again.
            await page.GetByRole(AriaRole.Button, new() { Name = "Nhắc lại sau" }).Last.ClickAsync();
            var snoozed = string.Format(CultureInfo.InvariantCulture, NudgeTexts.Snoozed, "13:30 " + VietnameseDates.WeekdayAndDate(SevenBefore));
            await Expect(page.GetByText(snoozed).Last)
                .ToBeVisibleAsync(new() { Timeout = Ms(Patience) });

            // "Đã nhận": the card comes back saying so, without that button; the outbox has the acknowledgement.
            await page.GetByRole(AriaRole.Button, new() { Name = "Đã nhận" }).Last.ClickAsync();
            await Expect(page.GetByText(NudgeTexts.Acknowledged).Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đã nhận" })).ToHaveCountAsync(0);
            var acknowledged = await bot.Services.GetRequiredService<INudgeOutbox>().FindAsync(nudge.Id, CancellationToken.None);
            Assert.Equal(NudgeState.Acknowledged, acknowledged!.State);

            clock.Advance(NudgeSlots.At(SevenBefore, new TimeOnly(13, 30)) - clock.GetUtcNow());
            await signals.WaitIdleAsync(signals.Wake()).WaitAsync(Patience);
            await Expect(reminders).ToHaveCountAsync(2, new() { Timeout = Ms(Patience) });

            // "Báo cáo ngay" on the reminder that came back: the report form for that obligation and unit.
            await page.GetByRole(AriaRole.Button, new() { Name = "Báo cáo ngay" }).Last.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Kết quả thực hiện" }).Last).ToBeVisibleAsync(new() { Timeout = Ms(Patience) });
            await Expect(page.GetByText("Báo cáo tiến độ", new() { Exact = true }).Last).ToBeVisibleAsync();
            await Expect(page.GetByText(owed.Description, new() { Exact = true }).Last).ToBeVisibleAsync();
            await Expect(page.GetByText(owed.Unit.UnitName, new() { Exact = true }).Last).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).Last).ToBeVisibleAsync();
        }
        finally
        {
            await PlaygroundPages.ScreenshotAsync(page, "nudge-member");
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { /* best effort */ }
        }
    }

    /// <summary>
    /// Moves the fake clock from one scheduler wake-up to the next until <paramref name="target"/>, each time only once the
    /// scheduler's timer is set, and waits for that day's planning and for the sender to go idle after it.
    /// </summary>
    private static async Task RunSchedulerToAsync(FakeTimeProvider clock, NudgeSignals signals, DateTimeOffset target)
    {
        while (true)
        {
            var until = await signals.WaitSchedulerSleepingAsync(clock.GetUtcNow()).WaitAsync(Patience);
            Assert.True(until <= target, $"the scheduler sleeps past {target} (until {until})");
            clock.Advance(until - clock.GetUtcNow());
            var version = await signals.WaitPlannedAsync(NudgeSlots.Local(until).Day).WaitAsync(Patience);
            await signals.WaitIdleAsync(version).WaitAsync(Patience);
            if (until == target) return;
        }
    }

    /// <summary>The occurrence of a sample plan whose last day is 30/04/2022, and the first unit that owes it.</summary>
    private static async Task<(Guid OrganisationId, string Description, NudgeUnit Unit)> HalfYearReportOwedAsync(RunningBot bot)
    {
        var feed = bot.Services.GetRequiredService<INudgeFeed>();
        foreach (var organisation in await bot.Services.GetRequiredService<IOrganisationStore>().ListOrganisationsAsync())
        {
            var due = (await feed.DueAsync(organisation.Id, LastDay, LastDay, CancellationToken.None))
                .FirstOrDefault(o => o.Target.LastDay == LastDay && o.Units.Count > 0);
            if (due is not null) return (organisation.Id, due.Description, due.Units[0]);
        }
        throw new InvalidOperationException("No sample plan is due on 30/04/2022.");
    }

    /// <summary>The Playground's user, in the Playground's tenant, as the only person of the unit in the roster.</summary>
    private static async Task GrantMembershipAsync(RunningBot bot, Guid unitId) =>
        await bot.Services.GetRequiredService<IRosterStore>().GrantAsync(
            new PersonIdentity(MemberAad, null, MemberName, PlaygroundUsers.TenantId), unitId, RosterRole.Member,
            new AuditEntry("test", null, "roster.grant", "nudge playground test"));

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;
}
