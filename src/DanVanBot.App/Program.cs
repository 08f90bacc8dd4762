using DanVanBot.App.Cli;
using DanVanBot.App.Hosting;

// One executable, two faces: a verb (`DanVanBot plans …`, `DanVanBot ask …`) or help runs and exits;
// no verb starts the bot.
if (await CliApp.TryRunAsync(args) is { } exitCode)
    return exitCode;

var app = BotHost.Build(args);
await app.PrepareAsync();
await app.RunAsync();
return 0;
