using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.SqlServer;

/// <summary>Where the SQL Server model departs from the shared one, and why.</summary>
internal static class SqlServerModel
{
    /// <summary>
    /// Every string compares exactly, as on PostgreSQL and SQLite, whatever the server's default collation
    /// (often a case-insensitive one). Keys must: Teams ids are case-sensitive, and a unit's normalised
    /// name keeps its tone marks because "Tân Hòa" and "Tân Hóa" are two different communes.
    /// </summary>
    public const string ExactCollation = "Latin1_General_100_BIN2";

    /// <summary>
    /// The names people search by: case- and accent-insensitive, so "phong noi vu" finds "Phòng Nội vụ" in SQL.
    /// Not Vietnamese_100_CI_AI: that collation treats ă â ê ô ơ ư (and digraphs such as "tr") as letters of
    /// their own, so "dan van" would not find "Dân vận" — exactly how users type without diacritics.
    /// </summary>
    public const string SearchCollation = "Latin1_General_100_CI_AI";

    /// <summary>Long enough for a plan's natural key (issuer | title | period); 1,700 bytes is SQL Server's index key limit.</summary>
    public const int NaturalKeyLength = 850;

    public static void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<string>().UseCollation(ExactCollation);

    public static void Apply(ModelBuilder model)
    {
        model.Entity<OrganisationEntity>().Property(o => o.Name).UseCollation(SearchCollation);
        model.Entity<UnitEntity>().Property(u => u.Name).UseCollation(SearchCollation);
        model.Entity<PlanEntity>().Property(p => p.Title).UseCollation(SearchCollation);
        model.Entity<PlanEntity>().Property(p => p.NaturalKey).HasMaxLength(NaturalKeyLength);
        RemoveSecondCascadePaths(model);
    }

    /// <summary>
    /// SQL Server refuses a foreign key that opens a second cascade (or set-null) path to a table. Organisations
    /// reach units, plans and occurrences, and units reach plans and links, so three
    /// keys keep their behaviour in EF only (applied to loaded rows) and are NO ACTION in the database. No
    /// feature deletes an organisation or a unit today; <c>SqlServerModelTests</c> fails on any new second path.
    /// </summary>
    private static void RemoveSecondCascadePaths(ModelBuilder model)
    {
        model.Entity<PlanEntity>().HasOne<OrganisationEntity>().WithMany()
            .HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.ClientCascade);
        model.Entity<PlanEntity>().HasOne<UnitEntity>().WithMany()
            .HasForeignKey(p => p.CoordinatorUnitId).OnDelete(DeleteBehavior.ClientSetNull);
        model.Entity<OccurrenceEntity>().HasOne<OrganisationEntity>().WithMany()
            .HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
