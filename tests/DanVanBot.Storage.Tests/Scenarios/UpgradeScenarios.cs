using DanVanBot.Domain.Time;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Roster;
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

        // The roster migration (AddRoster) is the only one that runs: it drops the users' self-chosen units
        // (UserProfiles: not a role, not a request, see README) and leaves every other row as it was.
        var kept = OldDatabaseFixture.Tables.Where(t => t is not ("UserProfiles" or "__EFMigrationsHistory")).ToList();
        // Organisations gain one column, TenantId, empty: their rows end in one more "|NULL".
        var after = (await OldDatabaseFixture.ReadRowsAsync(old, kept))
            .Select(r => r.StartsWith("Organisations|", StringComparison.Ordinal) && r.EndsWith("|NULL", StringComparison.Ordinal) ? r[..^5] : r);
        Assert.Equal(rowsBefore.Where(r => kept.Contains(r[..r.IndexOf('|', StringComparison.Ordinal)])), after);
        await using (var db = old.CreateContext())
        {
            var applied = await db.Database.GetAppliedMigrationsAsync();
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.EndsWith("_AddRoster", applied.Last(), StringComparison.Ordinal);
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

        // The official's old, self-chosen unit made them neither a member nor a requester.
        Assert.Null(await database.Get<IRosterStore>().FindByAadObjectIdAsync(Official));
        var organisations = database.Get<IOrganisationStore>();
        var member = await organisations.FindUnitAsync(Guid.Parse("213CAC77-8D8D-86AE-BA1E-B786D313C13D"));
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
