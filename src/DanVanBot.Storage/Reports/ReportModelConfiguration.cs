using DanVanBot.Storage.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Reports;

// The report header ("Reports") is configured with the plan tables (PlanModelConfiguration); its history is here.
// Nothing cascades into the history: a revision, return or attachment is deleted only with its report, and reports
// are never deleted (Restrict), so a mistake elsewhere cannot erase what a unit sent.

internal sealed class ReportRevisionConfiguration : IEntityTypeConfiguration<ReportRevisionEntity>
{
    public void Configure(EntityTypeBuilder<ReportRevisionEntity> builder)
    {
        builder.ToTable("ReportRevisions");
        // Two submissions racing for the same next version collide here: the loser retries with the next number.
        builder.HasKey(r => new { r.ReportId, r.Version });
        builder.HasIndex(r => r.SubmissionId).IsUnique();
        builder.Property(r => r.Progress).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Client).HasMaxLength(64);
        builder.Property(r => r.CardVersion).HasMaxLength(32);
        builder.HasOne<ReportEntity>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportReturnConfiguration : IEntityTypeConfiguration<ReportReturnEntity>
{
    public void Configure(EntityTypeBuilder<ReportReturnEntity> builder)
    {
        builder.ToTable("ReportReturns");
        builder.HasKey(r => new { r.ReportId, r.Version });
        builder.HasOne<ReportRevisionEntity>().WithOne().HasForeignKey<ReportReturnEntity>(r => new { r.ReportId, r.Version })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachmentEntity>
{
    public void Configure(EntityTypeBuilder<ReportAttachmentEntity> builder)
    {
        builder.ToTable("ReportAttachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasIndex(a => new { a.ReportId, a.Version, a.Sha256 }).IsUnique();
        builder.HasOne<ReportRevisionEntity>().WithMany().HasForeignKey(a => new { a.ReportId, a.Version })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportConsolidationConfiguration : IEntityTypeConfiguration<ReportConsolidationEntity>
{
    public void Configure(EntityTypeBuilder<ReportConsolidationEntity> builder)
    {
        builder.ToTable("ReportConsolidations");
        builder.HasKey(c => c.OccurrenceId);
        builder.HasOne<OccurrenceEntity>().WithOne().HasForeignKey<ReportConsolidationEntity>(c => c.OccurrenceId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
