using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage;

/// <summary>Hands out the configured provider's context as the provider-neutral base type.</summary>
internal sealed class DanVanDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<DanVanDbContext>
    where TContext : DanVanDbContext
{
    public DanVanDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<DanVanDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
