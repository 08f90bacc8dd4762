using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.SqlServer;

/// <summary>
/// The SQL Server flavour, chosen with <c>Storage:Provider = SqlServer</c>. Same model as the others, plus
/// what SQL Server needs of its own (<see cref="SqlServerModel"/>): explicit collations and fewer database-side
/// cascades. Strings are <c>nvarchar</c> and <see cref="DateTimeOffset"/> is <c>datetimeoffset</c> by the
/// provider's own mapping.
/// </summary>
public sealed class SqlServerDanVanDbContext(DbContextOptions<SqlServerDanVanDbContext> options) : DanVanDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlServerModel.Apply(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        SqlServerModel.ConfigureConventions(configurationBuilder);
    }
}
