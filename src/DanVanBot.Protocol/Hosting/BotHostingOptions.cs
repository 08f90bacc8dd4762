namespace DanVanBot.Protocol.Hosting;

public sealed class BotHostingOptions
{
    public const string Section = "BotHosting";

    /// <summary>A turn's own time limit. Independent of the HTTP request, which ends at 202 for non-invokes.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Invokes are answered synchronously and Azure Bot Service gives up after ~10–15 s (spec §4.3).</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Teams activities are small; anything bigger is not an activity we want to parse.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Non-invoke turns are queued per conversation partition so one conversation's messages stay in order.</summary>
    public int Partitions { get; set; } = 8;

    public int QueueCapacityPerPartition { get; set; } = 500;

    /// <summary>
    /// The least time between a message's arrival and the first reply to it (default none). The Agents Playground's web
    /// client shows the user's own message only when its POST to the Playground returns, but shows the bot's messages as
    /// they arrive on its WebSocket, and it never sorts by timestamp: a reply faster than the browser's handling of that
    /// POST lands above its question. Teams shows the user's message at once, so only <c>./run</c> sets this.
    /// </summary>
    public TimeSpan MinimumReplyDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The text sent when a turn fails. Users read it, so Vietnamese.</summary>
    public string ApologyText { get; set; } =
        "Xin lỗi, tôi gặp sự cố khi xử lý yêu cầu của anh/chị. Anh/chị vui lòng thử lại sau ít phút.";
}
