using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DanVanBot.Bench.Protocol;

/// <summary>
/// Issue 8 §11: how many turns that got a 202 are never answered when the bot dies with <c>kill -9</c>. Each round
/// starts the bot as its own process (<see cref="ProtocolHost"/>, authentication on, SQLite on disk), sends text
/// turns open-loop at --rate per second for --seconds, kills it (SIGKILL) right after the last send,
/// and counts the accepted turns whose reply never reached the fake Connector. Teams does not resend a turn that
/// got a 202, so each of those is a message the user never gets an answer to.
/// </summary>
public static class CrashLoss
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var rate = args.GetInt("rate", 50);
        var seconds = args.GetInt("seconds", 5);
        var rounds = args.GetInt("rounds", 5);
        var text = args.Get("text", "hạn nộp báo cáo quý này là khi nào?");
        await using var catcher = await ReplyCatcher.StartAsync();
        var totals = new RoundResult(0, 0, 0, 0);
        for (var round = 1; round <= rounds; round++)
        {
            var result = await RoundAsync(catcher, rate, seconds, text, round);
            totals = totals.Add(result);
            Console.WriteLine($"round {round}: {result}");
        }
        Console.WriteLine($"CRASH rate={rate}/s seconds={seconds} rounds={rounds} total: {totals}");
        return 0;
    }

    private static async Task<RoundResult> RoundAsync(ReplyCatcher catcher, int rate, int seconds, string text, int round)
    {
        var port = FreePort();
        var tokenFile = Path.Combine(Path.GetTempPath(), $"danvan-crash-{RunId}-{round}");
        using var bot = Process.Start(new ProcessStartInfo(Environment.ProcessPath!)
        {
            ArgumentList = { "protocol-host", "--port", port.ToString(CultureInfo.InvariantCulture), "--service-url", catcher.ServiceUrl, "--token-file", tokenFile },
            RedirectStandardOutput = true,
        })!;
        var token = await ReadTokenAsync(tokenFile, bot);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };

        // Warm-up, each turn awaited to its reply: the figure is for a running bot, not one still compiling its code.
        for (var warm = 0; warm < 40; warm++)
        {
            var (warmAccepted, warmReply) = await SendAsync(http, catcher, $"warm-{RunId}-{round}-{warm}", warm % 64, text, token);
            if (warmAccepted) await warmReply.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var sends = new List<Task<(bool Accepted, Task<System.Text.Json.JsonElement> Reply)>>();
        var clock = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        for (var sequence = 0; clock.Elapsed < TimeSpan.FromSeconds(seconds); sequence++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"crash-{RunId}-{round}-{sequence}");
            sends.Add(SendAsync(http, catcher, id, sequence % 64, text, token));
            var next = interval * (sequence + 1) - clock.Elapsed;
            if (next > TimeSpan.Zero) await Task.Delay(next); // the open-loop pace
        }
        bot.Kill(); // SIGKILL: no shutdown, no draining of the queue
        await bot.WaitForExitAsync();
        File.Delete(tokenFile);

        var outcomes = await Task.WhenAll(sends);
        var accepted = outcomes.Where(o => o.Accepted).ToList();
        // A reply already on the wire when the process died may still land; nothing can come later than this.
        await Task.WhenAny(Task.WhenAll(accepted.Select(o => o.Reply)), Task.Delay(TimeSpan.FromSeconds(2)));
        var answered = accepted.Count(o => o.Reply.IsCompletedSuccessfully);
        return new RoundResult(sends.Count, accepted.Count, answered, sends.Count - accepted.Count);
    }

    private static async Task<(bool, Task<System.Text.Json.JsonElement>)> SendAsync(
        HttpClient http, ReplyCatcher catcher, string id, int user, string text, string token)
    {
        var reply = catcher.ReplyTo(id);
        try
        {
            using var request = TeamsMessage.Post(id, catcher.ServiceUrl, user, text, token);
            using var response = await http.SendAsync(request);
            return (response.StatusCode == HttpStatusCode.Accepted, reply);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return (false, reply); // the process was gone: no 202, so Teams would retry this one
        }
    }

    private static async Task<string> ReadTokenAsync(string tokenFile, Process bot)
    {
        var started = Stopwatch.StartNew();
        while (!File.Exists(tokenFile) || new FileInfo(tokenFile).Length == 0)
        {
            if (bot.HasExited || started.Elapsed > TimeSpan.FromMinutes(2)) throw new InvalidOperationException("The bot process did not start.");
            await Task.Delay(100);
        }
        return (await File.ReadAllTextAsync(tokenFile)).Trim();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record RoundResult(int Sent, int Accepted, int Answered, int NotAccepted)
    {
        public int Lost => Accepted - Answered;

        public RoundResult Add(RoundResult other) =>
            new(Sent + other.Sent, Accepted + other.Accepted, Answered + other.Answered, NotAccepted + other.NotAccepted);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"sent={Sent} accepted(202)={Accepted} answered={Answered} lost_after_202={Lost} not_accepted(refused/conn)={NotAccepted}");
    }
}
