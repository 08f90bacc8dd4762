using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVanBot.Storage.Imports;

/// <summary>
/// A plan sent in chat, kept between the preview card and "Xuất bản"/"Hủy". <see cref="Content"/> is what the app
/// keeps for it: the parse the preview showed (JSON), so publishing stores exactly what the user previewed, whatever
/// the bot restarts, and the document is read only once.
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
