using System.CommandLine;

namespace DanVanBot.App.Cli;

/// <summary><c>plans parse FILE [--json]</c>, <c>plans import FILE</c>.</summary>
internal static class PlansCommands
{
    public static Command Create() => new("plans", "Đọc và nhập kế hoạch (.txt, .docx)");
}
