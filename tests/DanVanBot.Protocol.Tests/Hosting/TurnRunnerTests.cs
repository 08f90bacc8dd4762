using System.Collections.Concurrent;
using System.Security.Claims;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;
using DanVanBot.Protocol.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Tests.Hosting;

public sealed class TurnRunnerTests
{
    private readonly RecordingConnector connector = new();
    private readonly BotHostingOptions options = new() { TurnTimeout = TimeSpan.FromMilliseconds(300), InvokeTimeout = TimeSpan.FromMilliseconds(300) };

    [Fact]
    public async Task RunAsync_HandlerThrows_ApologisesInVietnameseInTheSameConversation()
    {
        var runner = Runner(new RouteTable().On("boom", _ => true, _ => throw new InvalidOperationException("broken")));

        var result = await runner.RunAsync(Message("xin chào"), new ClaimsIdentity());

        Assert.Null(result);
        var (conversationId, apology) = Assert.Single(connector.Sent);
        Assert.Equal("a:conv-1", conversationId);
        Assert.Equal(options.ApologyText, apology.Text);
        Assert.Contains("Xin lỗi", apology.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_DisposesEveryScopeItCreated()
    {
        var provider = new ServiceCollection().BuildServiceProvider();
        var scopes = new CountingScopeFactory(provider.GetRequiredService<IServiceScopeFactory>());
        var runner = new TurnRunner(new RouteTable().On("boom", _ => true, _ => throw new InvalidOperationException("broken")),
            connector, scopes, Options.Create(options), TimeProvider.System, NullLogger<TurnRunner>.Instance);

        await runner.RunAsync(Message("xin chào"), new ClaimsIdentity());

        Assert.Single(connector.Sent); // the apology went out, from a scope of its own
        Assert.Equal(2, scopes.Created);
        Assert.Equal(scopes.Created, scopes.Disposed);
    }

    [Fact]
    public async Task RunAsync_HandlerExceedsTurnTimeout_IsCancelledAndApologises()
    {
        var runner = Runner(new RouteTable().On("slow", _ => true, turn => Task.Delay(Timeout.Infinite, turn.CancellationToken)));

        var result = await runner.RunAsync(Message("xin chào"), new ClaimsIdentity()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(result);
        Assert.Equal(options.ApologyText, Assert.Single(connector.Sent).Activity.Text);
    }

    [Fact]
    public async Task RunAsync_InvokeHandlerThrows_Returns500ErrorBodyAndSendsNoMessage()
    {
        var runner = Runner(new RouteTable().On("boom", _ => true, _ => throw new InvalidOperationException("broken")));
        var invoke = Message(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = CardAction.InvokeName;

        var result = await runner.RunAsync(invoke, new ClaimsIdentity());

        Assert.NotNull(result);
        Assert.Equal(500, result.Status);
        var body = result.Body!.Value;
        Assert.Equal(ContentTypes.Error, body.GetProperty("type").GetString());
        Assert.Equal(options.ApologyText, body.GetProperty("value").GetProperty("message").GetString());
        Assert.Empty(connector.Sent);
    }

    [Fact]
    public async Task RunAsync_NoRouteMatches_ReturnsNullAndSendsNothing()
    {
        var runner = Runner(new RouteTable().OnActivity(ActivityTypes.Invoke, "invokes only", _ => Task.CompletedTask));

        Assert.Null(await runner.RunAsync(Message("hi"), new ClaimsIdentity()));
        Assert.Empty(connector.Sent);
    }

    [Fact]
    public async Task RunAsync_ObserverSeesEveryTurnBeforeTheHandler()
    {
        var order = new ConcurrentQueue<string>();
        var runner = Runner(
            new RouteTable().On("any", _ => true, _ => { order.Enqueue("handler"); return Task.CompletedTask; }),
            services => services.AddScoped<ITurnObserver>(_ => new RecordingObserver(order)));

        await runner.RunAsync(Message("hi"), new ClaimsIdentity());

        Assert.Equal(["observer", "handler"], order);
    }

    [Fact]
    public async Task RunAsync_AdmissionRefuses_NoObserverNoHandlerAndInvokeAnsweredByTheAdmission()
    {
        var order = new ConcurrentQueue<string>();
        var runner = Runner(
            new RouteTable().On("any", _ => true, _ => { order.Enqueue("handler"); return Task.CompletedTask; }),
            services => services
                .AddScoped<ITurnAdmission>(_ => new RefusingAdmission(order))
                .AddScoped<ITurnObserver>(_ => new RecordingObserver(order)));
        var invoke = Message(null);
        invoke.Type = ActivityTypes.Invoke;

        var message = await runner.RunAsync(Message("hi"), new ClaimsIdentity());
        var answer = await runner.RunAsync(invoke, new ClaimsIdentity());

        Assert.Null(message);
        Assert.Equal(["admission", "admission"], order);
        Assert.Equal(403, answer?.Status);
    }

    private sealed class RefusingAdmission(ConcurrentQueue<string> order) : ITurnAdmission
    {
        public ValueTask<bool> AdmitAsync(TurnContext turn)
        {
            order.Enqueue("admission");
            if (turn.Activity.Type == ActivityTypes.Invoke) turn.InvokeResult = InvokeResult.Message("không") with { Status = 403 };
            return ValueTask.FromResult(false);
        }
    }

    private TurnRunner Runner(RouteTable routes, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider();
        return new TurnRunner(routes, connector, provider.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(options), TimeProvider.System, NullLogger<TurnRunner>.Instance);
    }

    private static Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        Text = text,
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        ChannelId = Channels.MsTeams,
        Conversation = new ConversationAccount { Id = "a:conv-1" },
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
    };

    private sealed class RecordingObserver(ConcurrentQueue<string> order) : ITurnObserver
    {
        public Task OnTurnStartingAsync(TurnContext turn) { order.Enqueue("observer"); return Task.CompletedTask; }
    }

    /// <summary>Counts the scopes a turn opens and closes.</summary>
    private sealed class CountingScopeFactory(IServiceScopeFactory inner) : IServiceScopeFactory
    {
        private int created;
        private int disposed;

        public int Created => created;
        public int Disposed => disposed;

        public IServiceScope CreateScope()
        {
            Interlocked.Increment(ref created);
            return new CountedScope(inner.CreateScope(), () => Interlocked.Increment(ref disposed));
        }

        private sealed class CountedScope(IServiceScope scope, Action onDispose) : IServiceScope, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider => scope.ServiceProvider;

            public void Dispose()
            {
                onDispose();
                scope.Dispose();
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
