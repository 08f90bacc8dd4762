using DanVanBot.Domain.Time;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Profiles;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>
/// A database created and filled by the hand-written migrations (a dump kept as a fixture) is taken over by the
/// generated ones: nothing re-runs, no row changes, the schema is the one a new database gets, and the stores
/// read and write it.
/// </summary>
public static class UpgradeScenarios
{
    private const string Official = "aad-nguyen-van-a";

    public static async Task OldDatabaseMigratedWithRowsIntact(IStorageHost host)
    {
        var old = await host.CreateDatabaseAsync();
        await OldDatabaseFixture.LoadAsync(old);
        var rowsBefore = await OldDatabaseFixture.ReadRowsAsync(old);
        Assert.All(OldDatabaseFixture.Tables, table => Assert.Contains(rowsBefore, row => row.StartsWith(table + "|", StringComparison.Ordinal)));

        await old.MigrateAsync();

        // Every old row unchanged; migrations newer than the dump only add their own history rows.
        var rowsAfter = await OldDatabaseFixture.ReadRowsAsync(old);
        Assert.Equal(rowsBefore, rowsAfter.Where(r => rowsBefore.Contains(r) || !r.StartsWith("__EFMigrationsHistory|", StringComparison.Ordinal)));
        await using (var db = old.CreateContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        var fresh = await host.CreateDatabaseAsync();
        await fresh.MigrateAsync();
        Assert.Equal(await fresh.ReadSchemaAsync(), await old.ReadSchemaAsync());
    }

    public static async Task OldDatabaseMigratedReadAndWrittenByTheStores(IStorageHost host)
    {
        var database = await host.CreateDatabaseAsync();
        await OldDatabaseFixture.LoadAsync(database);
        await database.MigrateAsync();

        var plans = await database.Get<IPlanCatalog>().ListPlansAsync();
        Assert.Equal(["102/KH-UBND-NV", "40/KH-UBND"], plans.Select(p => p.Number).Order(StringComparer.Ordinal));
        var quan7 = plans.Single(p => p.Number == "102/KH-UBND-NV").OrganisationId;

        var profile = await database.Get<IUserProfileStore>().GetAsync(Official);
        Assert.Equal("Nguyễn Văn A", profile?.DisplayName);
        var organisations = database.Get<IOrganisationStore>();
        var member = await organisations.FindUnitAsync(profile!.UnitId!.Value);
        Assert.Equal("UBND Phường Tân Thuận Đông", member?.Name);
        Assert.True(member!.AddedByAdministrator);

        var year2022 = new DateWindow(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        var due = await database.Get<IPlanStore>().FindDueAsync(quan7, year2022);
        Assert.Contains(due, d => d.DueOn == new DateOnly(2022, 6, 15) && d.DateAssignedByCoordinator);
        var halfYear = due.Single(d => d.DueOn == new DateOnly(2022, 4, 30));
        var reports = database.Get<IReportStore>();
        var submitted = (await reports.GetStatusAsync(halfYear.OccurrenceId)).Single(s => s.Submitted);
        Assert.Equal((member.Id, "Nguyễn Văn A"), (submitted.UnitId, submitted.SubmittedByName));

        var conversations = database.Get<IConversationReferenceStore>();
        var conversation = await conversations.FindPersonalByAadObjectIdAsync(Official);
        Assert.Equal("a:1XyZ-personal-nguyen", conversation?.ConversationId);

        // Writes through the generated model land in the old tables.
        var owing = (await reports.GetStatusAsync(halfYear.OccurrenceId)).First(s => !s.Submitted);
        await reports.SubmitAsync(new ReportSubmission(halfYear.OccurrenceId, owing.UnitId, "aad-tran-thi-b", "Trần Thị B", "Đã nộp"));
        Assert.Equal(2, (await reports.GetStatusAsync(halfYear.OccurrenceId)).Count(s => s.Submitted));
        await conversations.UpsertAsync(ConversationScenarios.Personal(conversation!.ConversationId, Official));
        var updated = await conversations.FindAsync(conversation.ConversationId);
        Assert.Equal(conversation.CreatedAt, updated?.CreatedAt);
        Assert.Equal(TestDatabase.Start.ToUniversalTime(), updated?.UpdatedAt);
    }
}
