namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// End-to-end tests need Chromium and the Agents Playground (installed by ./run or .ci/run).
/// Locally they skip with the reason; with CI=true they always run, so a missing tool fails CI.
/// </summary>
public sealed class RequiresEndToEndFactAttribute : FactAttribute
{
    public RequiresEndToEndFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return;
        var missing = EndToEndTools.Missing();
        if (missing is not null) Skip = missing + " (installed by .ci/run; set CI=true to force)";
    }
}
