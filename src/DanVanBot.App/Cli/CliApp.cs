using System.CommandLine;

namespace DanVanBot.App.Cli;

/// <summary>The command-line face of the executable (plans, ask). Anything else starts the bot.</summary>
internal static class CliApp
{
    private static readonly string[] Verbs = ["plans", "ask", "nudges"];

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("DanVanBot — Trợ lý Dân vận chính quyền")
        {
            PlansCommands.Create(),
            AskCommands.Create(),
            NudgesCommands.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
