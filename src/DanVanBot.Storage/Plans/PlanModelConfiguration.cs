using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Plans;

// Delete behaviours are spelled out so the migrations have one obvious counterpart (SQL Server relaxes four: SqlServerModel).
// Ids are generated in code (stable ids), never by the database, so no provider-specific identity columns.

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<OrganisationEntity>
{
    public void Configure(EntityTypeBuilder<OrganisationEntity> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasIndex(o => o.NormalizedName).IsUnique();
        builder.HasIndex(o => o.TenantId);
        builder.HasMany(o => o.Units).WithOne().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<UnitEntity>
{
    public void Configure(EntityTypeBuilder<UnitEntity> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.HasIndex(u => new { u.OrganisationId, u.NormalizedName }).IsUnique();
        builder.HasOne<UnitEntity>().WithMany().HasForeignKey(u => u.ParentUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<PlanEntity>
{
    public void Configure(EntityTypeBuilder<PlanEntity> builder)
    {
        builder.ToTable("Plans");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.NaturalKey).IsUnique();
        builder.HasOne<OrganisationEntity>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UnitEntity>().WithMany().HasForeignKey(p => p.CoordinatorUnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Obligations).WithOne().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<ObligationEntity>
{
    public void Configure(EntityTypeBuilder<ObligationEntity> builder)
    {
        builder.ToTable("Obligations");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasConversion<string>();
        builder.HasMany(o => o.Units).WithOne().HasForeignKey(u => u.ObligationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Occurrences).WithOne().HasForeignKey(o => o.ObligationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObligationUnitConfiguration : IEntityTypeConfiguration<ObligationUnitEntity>
{
    public void Configure(EntityTypeBuilder<ObligationUnitEntity> builder)
    {
        builder.ToTable("ObligationUnits");
        builder.HasKey(u => new { u.ObligationId, u.UnitId });
        builder.HasOne<UnitEntity>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OccurrenceConfiguration : IEntityTypeConfiguration<OccurrenceEntity>
{
    public void Configure(EntityTypeBuilder<OccurrenceEntity> builder)
    {
        builder.ToTable("Occurrences");
        builder.Property(o => o.Id).ValueGeneratedNever();
        // The question "what is due for this organisation between these days" is a range scan on this index.
        builder.HasIndex(o => new { o.OrganisationId, o.DueOn });
        builder.HasOne<OrganisationEntity>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<ReportEntity>
{
    public void Configure(EntityTypeBuilder<ReportEntity> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>();
        builder.HasIndex(r => new { r.OccurrenceId, r.UnitId }).IsUnique();
        builder.Property(r => r.CurrentVersion).IsConcurrencyToken().HasDefaultValue(0);
        builder.HasOne<OccurrenceEntity>().WithMany().HasForeignKey(r => r.OccurrenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UnitEntity>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
