using System.CommandLine;

namespace DanVanBot.App.Cli;

/// <summary><c>ask --today yyyy-MM-dd [--unit NAME] [--org NAME] --json "question"</c> and <c>ask --batch FILE --json</c>.</summary>
internal static class AskCommands
{
    public static Command Create() => new("ask", "Hỏi như trong Teams và in câu trả lời");
}
