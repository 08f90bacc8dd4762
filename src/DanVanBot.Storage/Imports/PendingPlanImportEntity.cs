using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Imports;

/// <summary>
/// A plan document sent in chat, kept between the preview card and "Xuất bản"/"Hủy". The file itself is
/// stored (not the parse), so publishing re-reads exactly what the user previewed, whatever the bot restarts.
/// </summary>
internal sealed class PendingPlanImportEntity
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public string? RequestedByAadObjectId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public PendingPlanImport ToRecord() => new(Id, FileName, Content, RequestedByAadObjectId, CreatedAt);
}

internal sealed class PendingPlanImportConfiguration : IEntityTypeConfiguration<PendingPlanImportEntity>
{
    public void Configure(EntityTypeBuilder<PendingPlanImportEntity> builder)
    {
        builder.ToTable("PendingPlanImports");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.CreatedAt);
    }
}
