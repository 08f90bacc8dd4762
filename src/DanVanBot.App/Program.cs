using DanVanBot.App.Cli;
using DanVanBot.App.Hosting;

// One executable, two faces: `DanVanBot plans …` / `DanVanBot ask …` run a command and exit;
// anything else starts the bot.
if (CliApp.Handles(args))
    return await CliApp.RunAsync(args);

var app = BotHost.Build(args);
await app.PrepareAsync();
await app.RunAsync();
return 0;
