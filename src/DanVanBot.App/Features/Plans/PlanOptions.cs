namespace DanVanBot.App.Features.Plans;

public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>The shipped sample plans, imported (or refreshed) at startup. Empty turns it off.</summary>
    public string SampleFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "plans");

    /// <summary>Largest plan document accepted from chat. Real plans are tens of KB; 5 MB leaves room for embedded images.</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Host names (or ".suffix" patterns) a file sent in chat may be downloaded from, over https only.
    /// Teams stores chat files in the sender's OneDrive for Business, which is served from SharePoint.
    /// </summary>
    public List<string> AllowedDownloadHosts { get; set; } = [".sharepoint.com", ".sharepoint.us", ".sharepoint-df.com", ".sharepoint.cn"];

    /// <summary>
    /// One deadline for a whole download (every redirect and the body). OneDrive serves a plan in a second or two;
    /// a host trickling bytes must not hold the turn until its own time limit.
    /// </summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many set-date cards follow a publish before the rest is left to "việc chưa có hạn".</summary>
    public int SetDateCardsPerMessage { get; set; } = 5;
}
