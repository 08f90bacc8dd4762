using System.Text.Json.Serialization;

namespace DanVanBot.Protocol.Schema;

/// <summary>
/// A member as the Teams member APIs return it (spec §2.3): the Entra object id is <c>objectId</c> here, not
/// <c>aadObjectId</c>; the UPN and e-mail come with it.
/// </summary>
public sealed class TeamsChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("objectId")] public string? ObjectId { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("givenName")] public string? GivenName { get; set; }
    [JsonPropertyName("surname")] public string? Surname { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("userPrincipalName")] public string? UserPrincipalName { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("userRole")] public string? UserRole { get; set; }

    /// <summary>The object id whichever field carried it.</summary>
    [JsonIgnore] public string? EntraObjectId => string.IsNullOrWhiteSpace(ObjectId) ? AadObjectId : ObjectId;
}

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>; a null token means the last page.</summary>
public sealed class TeamsPagedMembers
{
    [JsonPropertyName("continuationToken")] public string? ContinuationToken { get; set; }
    [JsonPropertyName("members")] public List<TeamsChannelAccount>? Members { get; set; }
}
