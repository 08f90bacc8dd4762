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

    /// <summary>The text sent when a turn fails. Users read it, so Vietnamese.</summary>
    public string ApologyText { get; set; } =
        "Xin lỗi, tôi gặp sự cố khi xử lý yêu cầu của anh/chị. Anh/chị vui lòng thử lại sau ít phút.";
}
