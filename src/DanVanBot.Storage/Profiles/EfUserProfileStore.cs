using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Profiles;

internal sealed class EfUserProfileStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IUserProfileStore
{
    public async Task<UserProfile?> GetAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, cancellationToken))
            ?.ToRecord();
    }

    public async Task<UserProfile?> FindByTeamsUserIdAsync(string teamsUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.UserProfiles.AsNoTracking().Where(p => p.TeamsUserId == teamsUserId).ToListAsync(cancellationToken);
        return rows.OrderByDescending(p => p.UpdatedAt).FirstOrDefault()?.ToRecord();
    }

    public async Task<UserProfile> SetAsync(UserProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.UserProfiles.SingleOrDefaultAsync(p => p.AadObjectId == profile.AadObjectId, cancellationToken);
        if (row is null)
        {
            row = new UserProfileEntity { AadObjectId = profile.AadObjectId };
            db.UserProfiles.Add(row);
        }

        (row.TeamsUserId, row.DisplayName) = (profile.TeamsUserId ?? row.TeamsUserId, profile.DisplayName ?? row.DisplayName);
        (row.OrganisationId, row.UnitId, row.UpdatedAt) = (profile.OrganisationId, profile.UnitId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }
}
