using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DanVanBot.Bench.Protocol;

/// <summary>
/// Closed-loop turns with the reply as the finish line: --users virtual users each send a Teams message and wait
/// for its reply at an in-process fake Connector (--connector-port) before sending the next, for --seconds (and at
/// most --max-turns in all). Works for both bots, since the reply goes to the activity's serviceUrl: it compares what
/// a user waits for, whichever way each bot answers HTTP (202 then reply, or reply then 200).
/// </summary>
public static class TurnLoad
{
    // Activity ids must not repeat across runs: the bot ignores a second delivery of an id it saw recently.
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var name = args.Get("name", "bot");
        var users = args.GetInt("users", 32);
        var seconds = args.GetInt("seconds", 10);
        var maxTurns = args.GetInt("max-turns", 200_000);
        var token = args.Has("token-file") ? (await File.ReadAllTextAsync(args.Get("token-file", ""))).Trim() : null;
        await using var catcher = await ReplyCatcher.StartAsync(args.GetInt("connector-port", 3991));
        using var http = new HttpClient { BaseAddress = new Uri(args.Get("url", "http://127.0.0.1:3978")), Timeout = TimeSpan.FromSeconds(10) };

        var latencies = new Latencies("turn");
        var (rejected, timeouts, started) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        async Task UserAsync(int user)
        {
            int sequence;
            while (clock.Elapsed < deadline && (sequence = Interlocked.Increment(ref started)) <= maxTurns)
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    if (await TurnAsync(http, catcher, token, user, sequence)) latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    else Interlocked.Increment(ref rejected);
                }
                catch (TimeoutException)
                {
                    Interlocked.Increment(ref timeouts);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(() => UserAsync(u))));
        var elapsed = clock.Elapsed.TotalSeconds;
        var completed = latencies.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TURNS {name} users={users} seconds={elapsed:F2} turns={completed} turns_per_s={completed / elapsed:F0} " +
            $"p50_ms={latencies.Percentile(50):F2} p99_ms={latencies.Percentile(99):F2} rejected={rejected} timeouts={timeouts}"));
        return 0;
    }

    /// <returns>False when the bot refused the turn (503: its queue is full).</returns>
    private static async Task<bool> TurnAsync(HttpClient http, ReplyCatcher catcher, string? token, int user, int sequence)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"turn-{RunId}-{user}-{sequence}");
        var reply = catcher.ReplyTo(id);
        using var request = TeamsMessage.Post(id, catcher.ServiceUrl, user, "cảm ơn anh nhé", token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable) return false;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The bot answered {(int)response.StatusCode}.");
        await reply.WaitAsync(TimeSpan.FromSeconds(10));
        return true;
    }
}
