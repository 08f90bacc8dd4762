namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>Hands out fresh, empty databases of one provider; each test class owns one host.</summary>
public interface IStorageHost
{
    Task<TestDatabase> CreateDatabaseAsync();
}
