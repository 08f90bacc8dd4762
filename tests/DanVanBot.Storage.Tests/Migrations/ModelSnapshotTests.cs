using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Migrations;

/// <summary>The model and the checked-in migrations agree, for every provider, without any server.</summary>
public sealed class ModelSnapshotTests
{
    /// <summary>Fails when an entity or its configuration changes and nobody ran <c>tools/add-migration</c>.</summary>
    [Theory]
    [MemberData(nameof(DesignTimeContexts.Providers), MemberType = typeof(DesignTimeContexts))]
    public void HasPendingModelChanges_CheckedInSnapshot_None(StorageProvider provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model differs from its snapshot: run `tools/add-migration <Name>`.");
    }

    /// <summary>
    /// The three migration sets move in lockstep: a migration added to one provider only (by hand, or by
    /// running dotnet ef for one context) fails here.
    /// </summary>
    [Fact]
    public void GetMigrations_AllProviders_SameNamesInSameOrder()
    {
        using var sqlite = DesignTimeContexts.Create(StorageProvider.Sqlite);
        using var postgres = DesignTimeContexts.Create(StorageProvider.Postgres);
        using var sqlServer = DesignTimeContexts.Create(StorageProvider.SqlServer);
        var names = DesignTimeContexts.MigrationNames(sqlite);

        Assert.Equal(["InitialCreate", "AddPlans", "AddPendingPlanImports"], names.Take(3));
        Assert.Equal(names, DesignTimeContexts.MigrationNames(postgres));
        Assert.Equal(names, DesignTimeContexts.MigrationNames(sqlServer));
    }

    /// <summary>
    /// Databases created by the hand-written migrations recognise the generated ones by their ids: these
    /// three must never change.
    /// </summary>
    [Theory]
    [MemberData(nameof(DesignTimeContexts.Providers), MemberType = typeof(DesignTimeContexts))]
    public void GetMigrations_FirstThree_KeepTheHandWrittenIds(StorageProvider provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        Assert.Equal(
            ["20261121000001_InitialCreate", "20261121000002_AddPlans", "20261121000003_AddPendingPlanImports"],
            db.Database.GetMigrations().Take(3));
    }
}
