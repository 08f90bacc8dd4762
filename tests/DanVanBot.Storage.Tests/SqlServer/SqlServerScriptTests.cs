using System.Globalization;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DanVanBot.Storage.Tests.SqlServer;

/// <summary>
/// No SQL Server runs here, so the SQL it would be sent is parsed by Microsoft's T-SQL parser instead: the
/// idempotent migrations script (what a DBA applies) and the one hand-written statement (the MERGE upsert).
/// </summary>
public sealed class SqlServerScriptTests
{
    /// <summary>The same script as <c>dotnet ef migrations script --idempotent</c> (DotnetEfToolTests compares them).</summary>
    public static string IdempotentScript()
    {
        using var db = DesignTimeContexts.Create(StorageProvider.SqlServer);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    [Theory]
    [MemberData(nameof(TSqlParsing.Versions), MemberType = typeof(TSqlParsing))]
    public void IdempotentMigrationsScript_Parsed_NoErrorsAndEveryTable(int version)
    {
        var script = IdempotentScript();

        var fragment = TSqlParsing.Parse(script, version);

        using var db = DesignTimeContexts.Create(StorageProvider.SqlServer);
        var tables = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.Count();
        // + __EFMigrationsHistory, + UserProfiles (created by AddPlans, dropped by AddRoster)
        Assert.Equal(tables + 2, TSqlParsing.Count<CreateTableStatement>(fragment));
        Assert.Equal(ExpectedInserts(), TSqlParsing.Count<InsertStatement>(fragment));
    }

    /// <summary>One history row per migration, plus the copy of old reports into revisions (LegacyReportRows).</summary>
    public static int ExpectedInserts()
    {
        using var db = DesignTimeContexts.Create(StorageProvider.SqlServer);
        return db.Database.GetMigrations().Count() + 1;
    }

    [Theory]
    [MemberData(nameof(TSqlParsing.Versions), MemberType = typeof(TSqlParsing))]
    public void ConversationUpsert_SqlServerDialect_ParsesAsOneMerge(int version)
    {
        using var db = DesignTimeContexts.Create(StorageProvider.SqlServer);
        var statement = ConversationUpsertSql.For(db.Database, ConversationScenarios.Personal("a:1", "aad-1"), TestDatabase.Start);
        // EF sends each interpolated value as a parameter @p0, @p1, … in order.
        var parameters = Enumerable.Range(0, statement.ArgumentCount).Select(i => (object)$"@p{i}").ToArray();
        var sql = string.Format(CultureInfo.InvariantCulture, statement.Format, parameters);

        var fragment = TSqlParsing.Parse(sql, version);

        Assert.Equal(1, TSqlParsing.Count<MergeStatement>(fragment));
        Assert.Equal(1, TSqlParsing.Count<TSqlStatement>(fragment));
    }

    /// <summary>The schema reader of the SQL Server storage suite, checked here since that suite cannot run here.</summary>
    [Theory]
    [MemberData(nameof(TSqlParsing.Versions), MemberType = typeof(TSqlParsing))]
    public void SchemaReaderQueries_Parsed_NoErrors(int version)
    {
        foreach (var query in SqlServerSchemaReader.Queries)
        {
            Assert.Equal(1, TSqlParsing.Count<SelectStatement>(TSqlParsing.Parse(query, version)));
        }
    }
}
