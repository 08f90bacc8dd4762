namespace DanVanBot.App.Features.Plans;

public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>The shipped sample plans, imported (or refreshed) at startup. Empty turns it off.</summary>
    public string SampleFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "plans");
}
