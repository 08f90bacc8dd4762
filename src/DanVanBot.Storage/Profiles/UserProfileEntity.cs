namespace DanVanBot.Storage.Profiles;

/// <summary>Which organisation and unit a Teams user said they work in, remembered between chats.</summary>
internal sealed class UserProfileEntity
{
    public required string AadObjectId { get; set; }
    public string? TeamsUserId { get; set; }
    public string? DisplayName { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? UnitId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public UserProfile ToRecord() => new(AadObjectId, TeamsUserId, DisplayName, OrganisationId, UnitId, UpdatedAt);
}

/// <summary>A user's remembered choice. <see cref="UpdatedAt"/> is set by the store.</summary>
public sealed record UserProfile(
    string AadObjectId,
    string? TeamsUserId,
    string? DisplayName,
    Guid? OrganisationId,
    Guid? UnitId,
    DateTimeOffset UpdatedAt = default);
