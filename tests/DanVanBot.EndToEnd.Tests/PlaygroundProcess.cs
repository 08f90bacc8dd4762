using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>The Microsoft 365 Agents Playground as a child process, pointed at the bot under test.</summary>
internal sealed class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private PlaygroundProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/";
    public string Output { get { lock (output) return string.Join('\n', output); } }

    /// <param name="configPath">A <c>.m365agentsplayground.yml</c> (tenant, current user, chats); the built-in one when null.</param>
    public static async Task<PlaygroundProcess> StartAsync(string botMessagesUrl, string? configPath = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(EndToEndTools.PlaygroundBinary)
        {
            ArgumentList = { "-e", botMessagesUrl, "-c", "msteams", "-p", port.ToString(), "--disable-telemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        if (configPath is not null) start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Agents Playground");
        var playground = new PlaygroundProcess(process, port);
        process.OutputDataReceived += (_, e) => playground.Record(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ready = await Task.WhenAny(playground.listening.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (ready != playground.listening.Task)
            throw new TimeoutException("Agents Playground did not start:\n" + playground.Output);
        return playground;
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
        if (line.Contains("Listening on", StringComparison.OrdinalIgnoreCase)) listening.TrySetResult();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
