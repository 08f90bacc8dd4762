namespace DanVanBot.Storage;

/// <summary>
/// The database is not set up for the bot: a configuration error (<c>Storage:*</c>, the connection string) or,
/// with <c>Storage:MigrateAtStartup=false</c>, migrations missing. Its message tells an administrator what to do.
/// </summary>
public sealed class StorageSetupException(string message) : InvalidOperationException(message);
