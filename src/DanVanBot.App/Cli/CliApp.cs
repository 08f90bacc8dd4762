namespace DanVanBot.App.Cli;

/// <summary>The command-line face of the executable (plans, ask). Anything else starts the bot.</summary>
internal static class CliApp
{
    private static readonly string[] Verbs = ["plans", "ask"];

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
