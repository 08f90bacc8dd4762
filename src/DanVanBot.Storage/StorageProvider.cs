namespace DanVanBot.Storage;

/// <summary>Which database engine backs the bot (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
