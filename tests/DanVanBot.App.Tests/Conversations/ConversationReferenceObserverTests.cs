using System.Collections.Concurrent;
using System.Security.Claims;
using DanVanBot.App.Features.Conversations;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Conversations;

namespace DanVanBot.App.Tests.Conversations;

public sealed class ConversationReferenceObserverTests
{
    private readonly CountingStore store = new();
    private readonly MovableClock clock = new(new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero));
    private readonly ConversationReferenceObserver observer;

    public ConversationReferenceObserverTests() =>
        observer = new ConversationReferenceObserver(store, new RecentConversationReferences(clock), clock);

    [Fact]
    public async Task SameReferenceTwice_WrittenOnce()
    {
        await observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/apac/", "m1"));
        await observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/apac/", "m2"));

        Assert.Single(store.Writes);
    }

    [Fact]
    public async Task ServiceUrlChanges_WrittenAtOnce()
    {
        await observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/apac/", "m1"));
        await observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/emea/", "m2"));

        Assert.Equal(["https://smba.trafficmanager.net/apac/", "https://smba.trafficmanager.net/emea/"],
            store.Writes.Select(w => w.ServiceUrl));
    }

    [Fact]
    public async Task UnchangedButOlderThanTheRefreshInterval_WrittenAgain()
    {
        await observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/apac/", "m1"));
        clock.Advance(RecentConversationReferences.RefreshAfter);
        await observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/apac/", "m2"));

        Assert.Equal(["m1", "m2"], store.Writes.Select(w => w.LastActivityId));
    }

    [Fact]
    public async Task FailedWrite_IsNotRemembered_SoTheNextTurnWritesAgain()
    {
        store.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/apac/", "m1")));
        await observer.OnTurnStartingAsync(Turn("https://smba.trafficmanager.net/apac/", "m2"));

        Assert.Equal(["m2"], store.Writes.Select(w => w.LastActivityId));
    }

    private static TurnContext Turn(string serviceUrl, string activityId) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Id = activityId,
            ServiceUrl = serviceUrl,
            ChannelId = Channels.MsTeams,
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal", TenantId = "t1" },
            From = new ChannelAccount { Id = "29:u", AadObjectId = "aad-1", Name = "Nguyễn Văn An" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Text = "trợ giúp",
        },
        new ClaimsIdentity(), null!, null!, CancellationToken.None);

    private sealed class CountingStore : IConversationReferenceStore
    {
        public ConcurrentQueue<ConversationReferenceRecord> Writes { get; } = new();
        public bool FailNext { get; set; }

        public Task UpsertAsync(ConversationReferenceRecord record, CancellationToken cancellationToken = default)
        {
            if (FailNext) { FailNext = false; throw new InvalidOperationException("database unavailable"); }
            Writes.Enqueue(record);
            return Task.CompletedTask;
        }

        public Task<ConversationReferenceRecord?> FindAsync(string conversationId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<ConversationReferenceRecord?> FindPersonalByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;
        public override DateTimeOffset GetUtcNow() => now;
        public void Advance(TimeSpan by) => now += by;
    }
}
