using DanVanBot.Eval;

return await EvalCommands.Create().Parse(args).InvokeAsync();
