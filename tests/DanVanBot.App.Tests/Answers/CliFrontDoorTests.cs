using System.Diagnostics;
using DanVanBot.App.Cli;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// The executable's front door (point 13), run as an operator would, as a separate process: help prints the verbs and
/// how to start the bot and exits 0; an unknown verb exits 2; neither starts the bot.
/// </summary>
public sealed class CliFrontDoorTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_PrintsEveryVerbAndHowToStartTheBot_ExitsZero(string argument)
    {
        var (code, output, error) = await RunAsync(argument);

        Assert.Equal(0, code);
        foreach (var verb in CliApp.Root().Subcommands) Assert.Contains("  " + verb.Name + " ", output, StringComparison.Ordinal);
        Assert.Contains("Chạy bot:", output, StringComparison.Ordinal);
        Assert.Contains("./run", output, StringComparison.Ordinal);
        Assert.Contains("DanVanBot ask --explain ", output, StringComparison.Ordinal); // issue 14's explanation
        Assert.Contains("DanVanBot package --app-id ", output, StringComparison.Ordinal); // issue 13's Teams package
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_SaysSoAndListsTheVerbs_ExitsTwo()
    {
        var (code, _, error) = await RunAsync("frobnicate");

        Assert.Equal(CliApp.UnknownVerb, code);
        Assert.Contains("Không có lệnh “frobnicate”", error, StringComparison.Ordinal);
        Assert.Contains("  ask ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpOfAVerb_PrintsThatVerbsOptions()
    {
        var (code, output, _) = await RunAsync("help", "ask");

        Assert.Equal(0, code);
        Assert.Contains("--today", output, StringComparison.Ordinal);
        Assert.Contains("--explain", output, StringComparison.Ordinal);
    }

    /// <summary>The built DanVanBot.dll beside the tests, started by the dotnet host in Production (no app id).</summary>
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVanBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("DanVanBot did not exit: it started the bot instead of printing help.");
        }
        return (process.ExitCode, await output, await error);
    }
}
