using BenchmarkDotNet.Running;
using DanVanBot.Bench;
using DanVanBot.Bench.Exports;
using DanVanBot.Bench.Micro;
using DanVanBot.Bench.Nudges;
using DanVanBot.Bench.Protocol;
using DanVanBot.Bench.Province;
using DanVanBot.Bench.Reports;
using DanVanBot.Bench.Roster;

// One executable, three benchmarks (bench/README.md):
//   micro [BenchmarkDotNet args]   question understanding, 30 KB plan parsing, first-run import
//   protocol-host [options]        the bot with authentication on, for bench/protocol/run.sh and wrk
//   turn-load [options]            request-to-reply latency of concurrent turns (run.sh, both bots)
//   province [options]             the province-scale "what's due" turn on SQLite and PostgreSQL
//   parse-scaling [--rounds N]     plan parse time at 30 KB, 300 KB and 3 MB (linear growth, issue 8)
//   crash-loss [options]           turns answered 202 but lost when the bot process is killed (kill -9)
//   roster [options]               current-user resolution with 10,000 people; unit search over 3,000 units
//   reports [options]              report submission turns at 100 concurrent users; the 3,000-unit compliance card
//   exports [--units N --rounds N] the .docx and .xlsx exports for 3,000 units with one report each (issue 11)
//   nudges [options]               reminders: planning for 10,000 people, sending with limits off and on, two instances (issue 12)
var command = args.Length > 0 ? args[0] : "micro";
var rest = args.Skip(1).ToArray();
switch (command)
{
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(QuestionBenchmarks).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, MicroConfig.Create());
        return 0;
    case "protocol-host":
        return await ProtocolHost.RunAsync(BenchArgs.Parse(rest));
    case "turn-load":
        return await TurnLoad.RunAsync(BenchArgs.Parse(rest));
    case "parse-scaling":
        return ParseScaling.Run(BenchArgs.Parse(rest));
    case "crash-loss":
        return await CrashLoss.RunAsync(BenchArgs.Parse(rest));
    case "province":
        return await ProvinceBenchmark.RunAsync(BenchArgs.Parse(rest));
    case "roster":
        return await RosterBenchmark.RunAsync(BenchArgs.Parse(rest));
    case "reports":
        return await ReportBenchmark.RunAsync(BenchArgs.Parse(rest));
    case "exports":
        return await ExportBenchmark.RunAsync(BenchArgs.Parse(rest));
    case "nudges":
        return await NudgeBenchmark.RunAsync(BenchArgs.Parse(rest));
    default:
        await Console.Error.WriteLineAsync($"Unknown command '{command}'. Use micro, protocol-host, turn-load, province, parse-scaling, crash-loss, roster, reports, exports or nudges.");
        return 2;
}
