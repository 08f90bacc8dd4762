using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Cards.Data;
using DanVanBot.Storage;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// Reminders across real processes: a sender killed in the middle of 1,000 reminders and restarted, and two instances
/// sharing one PostgreSQL database. Each person must get exactly one message.
/// </summary>
public sealed class NudgeProcessTests(ITestOutputHelper output)
{
    private const int People = 1000;

    [Fact]
    public async Task Crash_KilledMidSendThenRestarted_EveryoneRemindedExactlyOnce()
    {
        var folder = Directory.CreateTempSubdirectory("danvan-crash-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "bot.db")}";
        await using var connector = await LoadConnector.StartAsync(People, holdAfter: 300);
        try
        {
            var first = await AppProcess.StartAsync(Settings("Sqlite", connection, "first"));
            await using var storage = Storage("Sqlite", connection);
            await storage.GetRequiredService<INudgeOutbox>().EnqueueAsync(Drafts(connector.ServiceUrl));

            // The connector stops answering after 300 messages: the sender has requests in flight. Once every answered
            // message is recorded, the process dies without any shutdown.
            await connector.Held.WaitAsync(TimeSpan.FromSeconds(120));
            await UntilAsync(async () => await DeliveredAsync(storage) >= connector.Answered);
            await first.KillAsync();
            var beforeRestart = connector.Answered;
            Assert.True(beforeRestart < People, "the crash came before the end");
            connector.Release();

            await using var second = await AppProcess.StartAsync(Settings("Sqlite", connection, "second"));
            await connector.ReachedExpected.WaitAsync(TimeSpan.FromSeconds(180));
            await UntilAsync(async () => await DeliveredAsync(storage) == People);

            Assert.Equal(People, connector.PerConversation.Count);
            Assert.All(connector.PerConversation, p => Assert.Equal(1, p.Value));
            Assert.Equal(People, connector.Answered);
            var sentBy = await SentByAsync(storage);
            output.WriteLine($"answered before the kill: {beforeRestart}; sent by: {string.Join(", ", sentBy.Select(p => $"{p.Key} {p.Value}"))}");
            Assert.Equal(["first", "second"], sentBy.Keys.Order());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [RequiresPostgresFact]
    public async Task TwoInstances_OnePostgres_EveryoneRemindedOnceAndBothWorked()
    {
        var (connection, drop) = await TestPostgres.CreateDatabaseAsync();
        await using var connector = await LoadConnector.StartAsync(People);
        try
        {
            // Both start at once on an empty database: migrations take the database's lock, one applies them.
            var starting = new[] { "east", "west" }.Select(id => AppProcess.StartAsync(Settings("Postgres", connection, id))).ToArray();
            var instances = await Task.WhenAll(starting);
            // Both plan the same schedule (two planners at once, as two instances' schedulers would): stored once.
            await using var storage = Storage("Postgres", connection);
            await using var otherPlanner = Storage("Postgres", connection);
            var drafts = Drafts(connector.ServiceUrl);
            var stored = await Task.WhenAll(storage.GetRequiredService<INudgeOutbox>().EnqueueAsync(drafts),
                otherPlanner.GetRequiredService<INudgeOutbox>().EnqueueAsync(drafts));
            Assert.Equal(People, stored.Sum());

            await connector.ReachedExpected.WaitAsync(TimeSpan.FromSeconds(180));
            await UntilAsync(async () => await DeliveredAsync(storage) == People);
            foreach (var instance in instances) await instance.DisposeAsync();

            Assert.Equal(People, connector.PerConversation.Count);
            Assert.All(connector.PerConversation, p => Assert.Equal(1, p.Value));
            var sentBy = await SentByAsync(storage);
            output.WriteLine($"sent by: {string.Join(", ", sentBy.Select(p => $"{p.Key} {p.Value}"))}");
            Assert.Equal(["east", "west"], sentBy.Keys.Order());
            Assert.All(sentBy.Values, count => Assert.True(count > 0));
        }
        finally
        {
            await drop();
        }
    }

    private static Dictionary<string, string> Settings(string provider, string connection, string instance) => new()
    {
        ["Storage:Provider"] = provider,
        ["ConnectionStrings:DanVan"] = connection,
        ["Plans:SampleFolder"] = "",
        ["Nudges:InstanceId"] = instance,
        ["Nudges:PollInterval"] = "00:00:00.500",
        // Long enough that a live instance's sends never outlast it on a loaded CI machine (it renews past a third of it);
        // the restarted instance of the crash test waits this long for the dead one's claims.
        ["Nudges:Lease"] = "00:00:10",
        ["Nudges:BatchSize"] = "20",
        ["Nudges:Concurrency"] = "8",
        ["Nudges:MessagesPerSecondPerTenant"] = "0",
        ["Nudges:MessagesPerSecondPerConversation"] = "0",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    private static ServiceProvider Storage(string provider, string connection) => new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddDanVanStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:DanVan"] = connection,
        }).Build())
        .BuildServiceProvider();

    /// <summary>1,000 reminders due now, each to its own 1:1 conversation on the connector.</summary>
    private static NudgeDraft[] Drafts(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var card = NudgeCards.Serialize(new NudgeMessage("Nhắc hạn: Báo cáo 6 tháng (hạn 29/04/2022)", new NudgeCardData(
            "", Guid.Empty.ToString(), Guid.Empty.ToString(), "Nhắc hạn: còn 3 ngày làm việc", "Báo cáo 6 tháng", "Phòng Nội vụ", "Thứ Sáu, 29/04/2022", "còn 3 ngày",
            "Kế hoạch 102/KH-UBND-NV, mục IV.2")));
        var occurrence = Guid.NewGuid();
        var unit = Guid.NewGuid();
        return Enumerable.Range(0, People).Select(i => new NudgeDraft(occurrence, unit, Guid.NewGuid(), "before-3", Guid.Empty,
            Guid.Empty, NudgeHarness.Tenant, $"aad-{i}", $"Cán bộ {i}", new DateOnly(2022, 4, 29), DateOnly.FromDateTime(now.UtcDateTime),
            now, now.AddHours(1), serviceUrl, $"a:p{i}", card)).ToArray();
    }

    private static async Task<int> DeliveredAsync(IServiceProvider storage) =>
        (await storage.GetRequiredService<INudgeOutbox>().CountByStateAsync())[NudgeState.Delivered];

    private static async Task<Dictionary<string, int>> SentByAsync(IServiceProvider storage)
    {
        var outbox = storage.GetRequiredService<INudgeOutbox>();
        var rows = await outbox.ListAsync(Guid.Empty, DateOnly.MinValue, DateOnly.MaxValue, DateTimeOffset.UtcNow);
        return rows.Where(r => r.SentBy is not null).GroupBy(r => r.SentBy!).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Waits for a condition on the database, checking again after each short pause (bounded).</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (!await condition())
        {
            await Task.Delay(100, limit.Token);
        }
    }
}
