namespace DanVanBot.Cards.Tests.Support;

/// <summary>
/// A fact that needs node and tools/cardcheck/node_modules. Skipped with a reason when they are missing,
/// except under CI=true, where it runs (and fails) so a broken CI setup cannot pass silently.
/// </summary>
public sealed class RequiresCardCheckFactAttribute : FactAttribute
{
    public RequiresCardCheckFactAttribute()
    {
        Skip = CardCheckSkip.Reason();
    }
}

/// <summary>The theory form of <see cref="RequiresCardCheckFactAttribute"/>.</summary>
public sealed class RequiresCardCheckTheoryAttribute : TheoryAttribute
{
    public RequiresCardCheckTheoryAttribute()
    {
        Skip = CardCheckSkip.Reason();
    }
}

internal static class CardCheckSkip
{
    public static string? Reason()
    {
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return onCi ? null : CardCheckOracle.MissingReason();
    }
}
