using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Hostile;

[CollectionDefinition(nameof(HostileInputCollection), DisableParallelization = true)]
public sealed class HostileInputCollection;

/// <summary>
/// Issue 8's hostile-input suite, through the running bot over real HTTP: for each input that once silenced a turn
/// worker or held the CPU for minutes, a clear answer in under 5 s, memory growth under 200 MB, and afterwards a
/// normal question answered in a conversation of every turn-queue partition. Alone in its collection: the memory
/// measured is the process's, which the bot shares with the tests.
/// </summary>
[Collection(nameof(HostileInputCollection))]
public sealed class HostileInputSuiteTests
{
    // The bound. Healthy answers take well under it (Debug, load average 30–50); the unbounded reader took
    // 47–234 s, so it fails on the bug, not on a slow runner.
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(5);
    private const long MaxGrowthBytes = 200L * 1024 * 1024;

    public static TheoryData<string> Cases => [.. HostileInputs.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileInput_ClearAnswerInBoundedTimeAndMemory_ThenEveryPartitionStillAnswers(string name)
    {
        var input = HostileInputs.All[name];
        // A short download deadline keeps the slow-download cases quick; the default (20 s) suits real OneDrive links.
        await using var harness = await StartAsync(new Dictionary<string, string?> { ["Plans:DownloadTimeout"] = "00:00:03" });
        using var http = new HttpClient();
        using var request = input.Request(harness); // built before the watch starts: the test's own bytes are not the bot's

        await using var memory = MemoryWatch.Start();
        var clock = Stopwatch.StartNew();
        using (await http.PostAsync(harness.Bot.MessagesUrl, request)) { }
        var answer = await harness.Connector.NextCallAsync(TimeSpan.FromSeconds(90));
        var elapsed = clock.Elapsed;
        var growth = await memory.StopAsync();

        input.AssertAnswer(answer);
        Assert.True(elapsed < AnswerWithin, $"{name}: answered after {elapsed.TotalSeconds:F1} s");
        Assert.True(growth < MaxGrowthBytes, $"{name}: memory grew {growth / 1048576} MB");
        await AssertEveryPartitionAnswersAsync(harness, http);
    }

    private static async Task AssertEveryPartitionAnswersAsync(PlanImportHarness harness, HttpClient http)
    {
        var queue = harness.Bot.Services.GetRequiredService<TurnQueue>();
        var partitions = harness.Bot.Services.GetRequiredService<IOptions<BotHostingOptions>>().Value.Partitions;
        var conversations = new Dictionary<int, string>();
        for (var index = 0; conversations.Count < partitions; index++)
            conversations.TryAdd(queue.PartitionOf($"a:sweep-{index}"), $"a:sweep-{index}");

        foreach (var conversation in conversations.Values)
            using (await http.PostAsync(harness.Bot.MessagesUrl, Activities.Message(harness.Connector.ServiceUrl, "trợ giúp", conversation))) { }
        var answered = new List<string>();
        for (var index = 0; index < conversations.Count; index++)
            answered.Add(Uri.UnescapeDataString((await harness.Connector.NextCallAsync(TimeSpan.FromSeconds(30))).Path));

        foreach (var conversation in conversations.Values)
            Assert.Contains(answered, path => path.Contains($"/conversations/{conversation}/", StringComparison.Ordinal));
    }
}
