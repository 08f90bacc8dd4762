using DanVanBot.Storage.SqlServer;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVanBot.Storage.Tests.SqlServer;

/// <summary>The SQL Server model, built with no server (none can run here): types, collations, cascades.</summary>
public sealed class SqlServerModelTests
{
    private static readonly string[] SearchColumns = ["Organisations.Name", "Units.Name", "Plans.Title"];

    [Fact]
    public void Columns_Text_NvarcharWithExactCollationExceptSearchedNames()
    {
        var columns = TextColumns().ToList();

        Assert.Contains(columns, c => c.Name == "Units.NormalizedName");
        Assert.All(columns, c => Assert.StartsWith("nvarchar(", c.Type, StringComparison.Ordinal));
        Assert.All(columns.Where(c => !SearchColumns.Contains(c.Name)),
            c => Assert.True(c.Collation == SqlServerModel.ExactCollation, $"{c.Name} is {c.Collation}"));
        Assert.All(columns.Where(c => SearchColumns.Contains(c.Name)),
            c => Assert.Equal(SqlServerModel.SearchCollation, c.Collation));
        Assert.Equal("nvarchar(850)", columns.Single(c => c.Name == "Plans.NaturalKey").Type);
    }

    [Fact]
    public void Columns_Times_DatetimeoffsetAndDate()
    {
        var columns = RelationalModel().Tables.SelectMany(t => t.Columns).ToList();

        var instants = columns.Where(c => c.PropertyMappings.First().Property.ClrType.UnwrapNullable() == typeof(DateTimeOffset)).ToList();
        var days = columns.Where(c => c.PropertyMappings.First().Property.ClrType.UnwrapNullable() == typeof(DateOnly)).ToList();
        Assert.NotEmpty(instants);
        Assert.NotEmpty(days);
        Assert.All(instants, c => Assert.Equal("datetimeoffset", c.StoreType));
        Assert.All(days, c => Assert.Equal("date", c.StoreType));
    }

    /// <summary>
    /// SQL Server refuses a foreign key that gives a table a second cascading (or set-null) path from another
    /// table, or a cycle ("may cause cycles or multiple cascade paths"): the same rule, checked on the model.
    /// </summary>
    [Fact]
    public void ForeignKeys_CascadesAndSetNulls_AtMostOnePathBetweenAnyTwoTables()
    {
        var edges = RelationalModel().Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .Select(fk => (From: fk.PrincipalTable.Name, To: fk.Table.Name, fk.Name))
            .ToList();
        Assert.NotEmpty(edges);

        foreach (var start in edges.Select(e => e.From).Distinct())
        {
            var paths = new List<string>();
            Walk(start, start, [start]);
            var repeated = paths.GroupBy(p => p.Split(" → ")[^1]).Where(g => g.Count() > 1).ToList();
            Assert.True(repeated.Count == 0, string.Join("\n", repeated.SelectMany(g => g)));

            void Walk(string table, string path, HashSet<string> onPath)
            {
                foreach (var edge in edges.Where(e => e.From == table))
                {
                    var next = $"{path} → {edge.To}";
                    Assert.True(onPath.Add(edge.To), $"cascade cycle: {next}");
                    paths.Add(next);
                    Walk(edge.To, next, onPath);
                    onPath.Remove(edge.To);
                }
            }
        }
    }

    /// <summary>The three keys SqlServerModel relaxes are still relationships EF applies to loaded rows.</summary>
    [Fact]
    public void ForeignKeys_Relaxed_NoActionInDatabaseButKeptInEf()
    {
        var model = DesignModel();
        var relaxed = model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.ClientCascade or DeleteBehavior.ClientSetNull)
            .Select(fk => $"{fk.DeclaringEntityType.GetTableName()}.{fk.Properties[0].Name}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["Occurrences.OrganisationId", "Plans.CoordinatorUnitId", "Plans.OrganisationId"],
            relaxed);
    }

    private static IEnumerable<(string Name, string Type, string? Collation)> TextColumns() =>
        RelationalModel().Tables.SelectMany(t => t.Columns
            .Where(c => c.PropertyMappings.First().Property.ClrType == typeof(string))
            .Select(c => ($"{t.Name}.{c.Name}", c.StoreType, c.Collation)));

    private static IModel DesignModel()
    {
        using var db = DesignTimeContexts.Create(StorageProvider.SqlServer);
        return db.GetService<IDesignTimeModel>().Model;
    }

    private static IRelationalModel RelationalModel() => DesignModel().GetRelationalModel();
}

internal static class TypeExtensions
{
    public static Type UnwrapNullable(this Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
