using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Audit;

/// <summary>
/// One thing a person (or an operator at the command line) changed: who, what, when, from which conversation.
/// <see cref="Action"/> is a stable dotted name ("roster.grant", "plan.publish"); <see cref="Details"/> says it in
/// words, with the names as they were at the time.
/// </summary>
public sealed record AuditEntry(
    string Actor,
    string? ActorName,
    string Action,
    string Details,
    string? ConversationId = null,
    Guid? OrganisationId = null)
{
    /// <summary>Set by the store when written.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The actor of command-line changes: the operating-system account that ran the command.</summary>
    public static string CommandLineActor => "cli:" + Environment.UserName;
}

internal sealed class AuditEntryEntity
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public string? ActorName { get; set; }
    public required string Action { get; set; }
    public required string Details { get; set; }
    public string? ConversationId { get; set; }
    public Guid? OrganisationId { get; set; }

    public static AuditEntryEntity From(AuditEntry entry, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), At = at, Actor = entry.Actor, ActorName = entry.ActorName, Action = entry.Action,
        Details = entry.Details, ConversationId = entry.ConversationId, OrganisationId = entry.OrganisationId,
    };

    public AuditEntry ToRecord() => new(Actor, ActorName, Action, Details, ConversationId, OrganisationId) { At = At };
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.At);
    }
}
