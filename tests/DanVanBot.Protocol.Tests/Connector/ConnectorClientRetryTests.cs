using System.Diagnostics;
using DanVanBot.Protocol.Connector;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    // Timers may fire up to a tick early relative to Stopwatch/wall clock; this is not a retry bug.
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(20);

    private LoopbackConnector _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        _server.Answer(new ScriptedResponse(429, """{"error":{"code":"Throttled"}}""", RetryAfter: "1"),
            new ScriptedResponse(201, """{"id":"after-throttle"}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal("after-throttle", result.Value?.Id);
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        var gap = Stopwatch.GetElapsedTime(requests[0].ArrivedAt, requests[1].ArrivedAt);
        Assert.True(gap >= TimeSpan.FromSeconds(1) - TimerSlack, $"retried after {gap}");
    }

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfterHttpDate_WaitsUntilThatDate()
    {
        // HTTP-dates have whole seconds; the retry must not arrive before the stated instant.
        var date = DateTimeOffset.UtcNow.AddSeconds(2);
        var retryAt = new DateTimeOffset(date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, TimeSpan.Zero);
        _server.Answer(new ScriptedResponse(429, RetryAfter: retryAt.ToString("r")), new ScriptedResponse(200, """{"id":"x"}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.True(result.Succeeded);
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ArrivedAtUtc >= retryAt - TimerSlack, $"retried at {requests[1].ArrivedAtUtc:O}, asked {retryAt:O}");
    }

    [Fact]
    public async Task SendAsync_ThrottledOnEveryAttempt_ReturnsThrottledAfterAllRetries()
    {
        _server.Answer(429, 429, 429, 429);
        var client = ConnectorClients.Create(new CountingTokenProvider(), retry: ConnectorClients.FastRetries(maxRetryAttempts: 3));

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendAsync_TransientStatus_IsRetriedUntilSuccess(int status)
    {
        _server.Answer(new ScriptedResponse(status), new ScriptedResponse(status), new ScriptedResponse(201, """{"id":"ok"}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal("ok", result.Value?.Id);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(500)]
    public async Task SendAsync_NonTransientStatus_IsSentExactlyOnce(int status)
    {
        _server.Answer(new ScriptedResponse(status), new ScriptedResponse(201, """{"id":"must-not-be-reached"}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_Unauthorized_RefreshesTokenOnceAndRetriesOnce()
    {
        _server.Answer(new ScriptedResponse(401), new ScriptedResponse(201, """{"id":"after-refresh"}"""));
        var tokens = new CountingTokenProvider();
        var client = ConnectorClients.Create(tokens);

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal("after-refresh", result.Value?.Id);
        Assert.Equal(1, tokens.ForcedRefreshes);
        Assert.Equal(["Bearer token-1", "Bearer refreshed-1"], _server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task SendAsync_UnauthorizedTwice_FailsAfterExactlyTwoRequests()
    {
        _server.Answer(new ScriptedResponse(401, """{"error":{"code":"BotNotRegistered","message":"x"}}"""), new ScriptedResponse(401));
        var tokens = new CountingTokenProvider();
        var client = ConnectorClients.Create(tokens);

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(401, result.StatusCode);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(1, tokens.ForcedRefreshes);
    }

    [Fact]
    public async Task SendAsync_AttemptHangsPastTimeout_IsRetriedAndSucceeds()
    {
        _server.Answer(new ScriptedResponse(200, Hang: true), new ScriptedResponse(201, """{"id":"second"}"""));
        var client = ConnectorClients.Create(
            new CountingTokenProvider(), retry: ConnectorClients.FastRetries(attemptTimeout: TimeSpan.FromMilliseconds(300)));

        var result = await client.SendAsync(_server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal("second", result.Value?.Id);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_ReturnsFailedUnreachable()
    {
        var deadUrl = _server.BaseUrl;
        await _server.DisposeAsync();
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.SendAsync(deadUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("Unreachable", result.ErrorCode);
        Assert.Null(result.StatusCode);
    }
}
