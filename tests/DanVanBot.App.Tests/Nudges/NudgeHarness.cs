using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Nudges;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// The real bot (SQLite file, sample plans imported, scheduler and sender running) on a fake clock, with a roster the
/// test fills, sending to a Connector on loopback. Time moves only when the test advances it; the test waits on the
/// scheduler's "planned" and the sender's "idle" signals, never on sleeps.
/// </summary>
internal sealed class NudgeHarness : IAsyncDisposable
{
    public const string Tenant = Activities.TenantId;

    private NudgeHarness(RunningBot bot, FakeTimeProvider clock, TestRoster roster)
    {
        Bot = bot;
        Clock = clock;
        Roster = roster;
    }

    public RunningBot Bot { get; }
    public FakeTimeProvider Clock { get; }
    public TestRoster Roster { get; }
    public NudgeSignals Signals => Bot.Services.GetRequiredService<NudgeSignals>();
    public INudgeOutbox Outbox => Bot.Services.GetRequiredService<INudgeOutbox>();

    public static async Task<NudgeHarness> StartAsync(DateTimeOffset start, string connectorUrl, IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(start);
        var values = new Dictionary<string, string?>
        {
            ["Nudges:ProactiveServiceUrl"] = connectorUrl,
            ["Nudges:MessagesPerSecondPerTenant"] = "0",
            ["Nudges:MessagesPerSecondPerConversation"] = "0",
            ["Nudges:InstanceId"] = "test-instance",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var bot = await RunningBot.StartAsync(values, replaceServices: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        });
        return new NudgeHarness(bot, clock, new TestRoster(bot.Services.GetRequiredService<IRosterStore>()));
    }

    /// <summary>Every unit of every organisation the sample plans created.</summary>
    public async Task<IReadOnlyList<UnitInfo>> AllUnitsAsync()
    {
        var organisations = Bot.Services.GetRequiredService<IOrganisationStore>();
        var units = new List<UnitInfo>();
        foreach (var organisation in await organisations.ListOrganisationsAsync()) units.AddRange(await organisations.ListUnitsAsync(organisation.Id));
        return units;
    }

    /// <summary>Quận 7's half-year report (last day 30/04/2022, a Saturday and Victory Day) and the first unit that owes it.</summary>
    public async Task<(Guid Organisation, Guid Occurrence, Guid Unit)> HalfYearReportOwerAsync()
    {
        var plans = Bot.Services.GetRequiredService<IPlanStore>();
        foreach (var organisation in await Bot.Services.GetRequiredService<IOrganisationStore>().ListOrganisationsAsync())
        {
            var due = await plans.FindDueAsync(organisation.Id, DateWindow.Day(new DateOnly(2022, 4, 30)));
            if (due.Count == 0) continue;
            var status = await Bot.Services.GetRequiredService<IReportStore>().GetStatusAsync(due[0].OccurrenceId);
            return (organisation.Id, due[0].OccurrenceId, status[0].UnitId);
        }
        throw new InvalidOperationException("No sample plan is due on 30/04/2022.");
    }

    /// <summary>
    /// Moves the clock from one scheduler wake-up to the next until <paramref name="day"/>'s send time (a working day),
    /// waiting at each for the day's planning and for the sender to go idle.
    /// </summary>
    public async Task RunWorkingDayAsync(DateOnly day)
    {
        var target = NudgeSlots.At(day, NudgePolicy.Default.SendAt);
        while (true)
        {
            // Time moves only once the scheduler's timer is set, so no wake-up can be skipped.
            var until = await Signals.WaitSchedulerSleepingAsync(Clock.GetUtcNow()).WaitAsync(TimeSpan.FromSeconds(60));
            if (until > target) throw new InvalidOperationException($"The scheduler sleeps past {target} (until {until}).");
            Clock.Advance(until - Clock.GetUtcNow());
            var version = await Signals.WaitPlannedAsync(NudgeSlots.Local(until).Day).WaitAsync(TimeSpan.FromSeconds(60));
            await Signals.WaitIdleAsync(version).WaitAsync(TimeSpan.FromSeconds(60));
            if (until == target) return;
        }
    }

    /// <summary>Moves the clock forward and waits for a sending pass that started after it.</summary>
    public async Task AdvanceAndDrainAsync(TimeSpan by)
    {
        Clock.Advance(by);
        var version = Signals.Wake();
        await Signals.WaitIdleAsync(version).WaitAsync(TimeSpan.FromSeconds(60));
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}

/// <summary>The bot's own roster, filled as an administrator would: the planner finds people through it.</summary>
internal sealed class TestRoster(IRosterStore store)
{
    public async Task<Guid> AddAsync(Guid unitId, string name, bool isHead = false, string? aadObjectId = null)
    {
        var aad = aadObjectId ?? Guid.NewGuid().ToString();
        await store.GrantAsync(new PersonIdentity(aad, null, name, NudgeHarness.Tenant), unitId,
            isHead ? RosterRole.UnitHead : RosterRole.Member, new AuditEntry("test", null, "roster.grant", "nudge test"));
        return (await store.FindByAadObjectIdAsync(aad))!.PersonId;
    }
}
