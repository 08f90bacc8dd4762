using DanVanBot.Storage.Organisations;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Identity;

/// <summary>
/// Which tenants the bot serves and which organisations each tenant's people belong to. Organisations change
/// only by the roster commands (often another process), so the list is read again after
/// <see cref="RosterOptions.DirectoryRefresh"/> instead of on every turn.
/// </summary>
internal sealed class TenantDirectory(
    IOrganisationStore organisations, IOptions<TenantOptions> tenants, IOptions<RosterOptions> roster, TimeProvider clock)
{
    private readonly HashSet<string> configured = tenants.Value.AllowedTenants
        .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    private volatile Snapshot? snapshot;

    public async ValueTask<bool> IsAllowedAsync(string? tenantId, CancellationToken cancellationToken)
    {
        if (Key(tenantId) is not { } key) return false;
        if (configured.Count > 0) return configured.Contains(key);
        return (await GetAsync(cancellationToken)).ByTenant.ContainsKey(key);
    }

    /// <summary>The tenant's organisations; when it has none, the organisations no tenant has claimed yet.</summary>
    public async ValueTask<IReadOnlyList<Guid>> OrganisationsOfAsync(string? tenantId, CancellationToken cancellationToken)
    {
        var current = await GetAsync(cancellationToken);
        return Key(tenantId) is { } key && current.ByTenant.TryGetValue(key, out var own) ? own : current.Unclaimed;
    }

    /// <summary>Forgets the cached list (after this process changed an organisation's tenant).</summary>
    public void Invalidate() => snapshot = null;

    private async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = snapshot;
        if (current is not null && clock.GetUtcNow() - current.ReadAt < roster.Value.DirectoryRefresh) return current;
        var all = await organisations.ListOrganisationsAsync(cancellationToken);
        current = new Snapshot(
            all.Where(o => o.TenantId is not null).GroupBy(o => o.TenantId!)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(o => o.Id).ToList(), StringComparer.Ordinal),
            all.Where(o => o.TenantId is null).Select(o => o.Id).ToList(),
            clock.GetUtcNow());
        snapshot = current;
        return current;
    }

    private static string? Key(string? tenantId) => string.IsNullOrWhiteSpace(tenantId) ? null : tenantId.Trim().ToLowerInvariant();

    private sealed record Snapshot(Dictionary<string, IReadOnlyList<Guid>> ByTenant, IReadOnlyList<Guid> Unclaimed, DateTimeOffset ReadAt);
}
