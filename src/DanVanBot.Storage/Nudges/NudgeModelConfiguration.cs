using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Nudges;

// No foreign keys: a delivery record is a fact to keep even if a plan is re-imported or a unit renamed, and it spares
// SQL Server further cascade paths. Ids come from natural keys (NameKey.StableId).

internal sealed class NudgeConfiguration : IEntityTypeConfiguration<NudgeEntity>
{
    public void Configure(EntityTypeBuilder<NudgeEntity> builder)
    {
        builder.ToTable("Nudges");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Stage).HasMaxLength(64);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Failure).HasConversion<string>().HasMaxLength(24);
        builder.Property(n => n.LeaseOwner).HasMaxLength(100);
        builder.Property(n => n.SentBy).HasMaxLength(100);
        builder.Property(n => n.AadObjectId).HasMaxLength(64);
        builder.HasIndex(n => new { n.OccurrenceId, n.UnitId, n.PersonId, n.Stage }).IsUnique();
        builder.HasIndex(n => new { n.State, n.NotBeforeMs });
        builder.HasIndex(n => new { n.OrganisationId, n.Day });
        builder.HasIndex(n => n.AadObjectId);
    }
}

internal sealed class NudgeUnreachableConfiguration : IEntityTypeConfiguration<NudgeUnreachableEntity>
{
    public void Configure(EntityTypeBuilder<NudgeUnreachableEntity> builder)
    {
        builder.ToTable("NudgeUnreachable");
        builder.HasKey(u => u.AadObjectId);
        builder.Property(u => u.AadObjectId).HasMaxLength(64);
        builder.Property(u => u.Reason).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(u => u.OrganisationId);
    }
}

internal sealed class NudgeMuteConfiguration : IEntityTypeConfiguration<NudgeMuteEntity>
{
    public void Configure(EntityTypeBuilder<NudgeMuteEntity> builder)
    {
        builder.ToTable("NudgeMutes");
        builder.HasKey(m => new { m.PersonId, m.ObligationId });
        builder.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRunEntity>
{
    public void Configure(EntityTypeBuilder<JobRunEntity> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(j => j.Key);
        builder.Property(j => j.Key).HasMaxLength(200);
        builder.Property(j => j.Owner).HasMaxLength(100);
    }
}
