namespace DanVanBot.Storage.Profiles;

/// <summary>Remembers which organisation and unit each Teams user chose, so they are asked only once.</summary>
public interface IUserProfileStore
{
    Task<UserProfile?> GetAsync(string aadObjectId, CancellationToken cancellationToken = default);

    Task<UserProfile?> FindByTeamsUserIdAsync(string teamsUserId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the profile; returns it with the stored <see cref="UserProfile.UpdatedAt"/>.</summary>
    Task<UserProfile> SetAsync(UserProfile profile, CancellationToken cancellationToken = default);
}
