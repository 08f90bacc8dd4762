using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Conversations;

/// <summary>Row shape of <c>ConversationReferences</c>; kept internal so callers only see the record.</summary>
internal sealed class ConversationReferenceEntity
{
    public required string ConversationId { get; set; }
    public required string ChannelId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool IsGroup { get; set; }
    public required string BotId { get; set; }
    public string? BotName { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? UserName { get; set; }
    public string? TeamId { get; set; }
    public string? TeamsChannelId { get; set; }
    public string? Locale { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? LastActivityId { get; set; }

    public ConversationReferenceRecord ToRecord() => new()
    {
        ConversationId = ConversationId, ChannelId = ChannelId, ServiceUrl = ServiceUrl,
        ConversationType = ConversationType, TenantId = TenantId, IsGroup = IsGroup,
        BotId = BotId, BotName = BotName, UserId = UserId, UserAadObjectId = UserAadObjectId,
        UserName = UserName, TeamId = TeamId, TeamsChannelId = TeamsChannelId, Locale = Locale,
        CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, LastActivityId = LastActivityId,
    };
}

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReferenceEntity>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceEntity> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(c => c.ConversationId);
        builder.HasIndex(c => c.UserAadObjectId);
    }
}
