using DanVanBot.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Roster;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonEntity>
{
    public void Configure(EntityTypeBuilder<PersonEntity> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        // Unique where present: a person is never two rows, but a row may lack either key for a while.
        builder.HasIndex(p => p.AadObjectId).IsUnique();
        builder.HasIndex(p => p.Upn).IsUnique();
        builder.HasMany(p => p.Memberships).WithOne(m => m.Person).HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<MembershipEntity>
{
    public void Configure(EntityTypeBuilder<MembershipEntity> builder)
    {
        builder.ToTable("Memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        // Stored as text ("UnitHead"): readable in the database and stable if the enum is reordered.
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.PersonId, m.UnitId, m.Role }).IsUnique();
        builder.HasIndex(m => new { m.UnitId, m.Role });
        builder.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequestEntity>
{
    public void Configure(EntityTypeBuilder<JoinRequestEntity> builder)
    {
        builder.ToTable("JoinRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.PersonId, r.Status });
        builder.HasIndex(r => new { r.UnitId, r.Status });
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
