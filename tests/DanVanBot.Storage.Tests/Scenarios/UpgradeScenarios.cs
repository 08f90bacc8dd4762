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

        // The roster migration (AddRoster) drops the users' self-chosen units (UserProfiles: not a role, not a request, see
        // README); reports change shape (their text moves into ReportRevisions: OldReportRowsBecomeVersionOne). Every
        // other row stays as it was.
        var kept = OldDatabaseFixture.Tables.Where(t => t is not ("UserProfiles" or "Reports" or "__EFMigrationsHistory")).ToList();
        // Organisations gain one column, TenantId, empty: their rows end in one more "|NULL".
        var after = (await OldDatabaseFixture.ReadRowsAsync(old, kept))
            .Select(r => r.StartsWith("Organisations|", StringComparison.Ordinal) && r.EndsWith("|NULL", StringComparison.Ordinal) ? r[..^5] : r);
        Assert.Equal(rowsBefore.Where(r => kept.Contains(r[..r.IndexOf('|', StringComparison.Ordinal)])), after);
        await using (var db = old.CreateContext())
        {
            var applied = await db.Database.GetAppliedMigrationsAsync();
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.Contains(applied, id => id.EndsWith("_DropLegacyReportColumns", StringComparison.Ordinal));
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
        await reports.SubmitAsync(ReportScenarios.Submission(halfYear.OccurrenceId, owing.UnitId, "Đã nộp", "Trần Thị B"));
        Assert.Equal(2, (await reports.GetStatusAsync(halfYear.OccurrenceId)).Count(s => s.Submitted));
        await conversations.UpsertAsync(ConversationScenarios.Personal(conversation!.ConversationId, Official));
        var updated = await conversations.FindAsync(conversation.ConversationId);
        Assert.Equal(conversation.CreatedAt, updated?.CreatedAt);
        Assert.Equal(TestDatabase.Start.ToUniversalTime(), updated?.UpdatedAt);
    }

    /// <summary>
    /// Reports from before revisions (one overwritable row each) become version 1 of the same report: text, sender,
    /// time and status kept; a draft that never had text stays a header without versions. New versions follow.
    /// </summary>
    public static async Task OldReportRowsBecomeVersionOne(IStorageHost host)
    {
        var database = await host.CreateDatabaseAsync();
        await OldDatabaseFixture.LoadAsync(database);
        Guid halfYear = Guid.Parse("049BB010-50A9-8305-9AD8-709C75F75D94"), year = Guid.Parse("CEF6E833-A240-8763-AF19-F0F60DC6486C");
        Guid offices = Guid.Parse("C3FCA734-6EA3-83F7-B5FC-4A68C59B51E6"), ward = Guid.Parse("213CAC77-8D8D-86AE-BA1E-B786D313C13D");
        string Row(Guid occurrence, Guid unit, string status, string? sentAt, string? aad, string? name, string? content, string updatedAt) =>
            $"INSERT INTO \"Reports\" VALUES ('{ReportIds.For(occurrence, unit).ToString().ToUpperInvariant()}', '{occurrence.ToString().ToUpperInvariant()}', " +
            $"'{unit.ToString().ToUpperInvariant()}', '{status}', {Sql(sentAt)}, {Sql(aad)}, {Sql(name)}, {Sql(content)}, '{updatedAt}');";
        await OldDatabaseFixture.ExecuteAsync(database,
            Row(halfYear, offices, "Draft", null, "aad-tran-thi-b", "Trần Thị B", "Bản nháp chưa gửi", "2026-11-21 03:00:00+00:00") +
            Row(year, offices, "Draft", null, null, null, null, "2026-11-21 04:00:00+00:00") +
            Row(year, ward, "Returned", "2026-11-19 01:00:00+00:00", "aad-le-van-c", "Lê Văn C", "Cần bổ sung số liệu", "2026-11-20 05:00:00+00:00"));

        await database.MigrateAsync();

        var reports = database.Get<IReportStore>();
        var sent = (await reports.FindReportAsync(halfYear, ward))!;
        Assert.Equal((ReportStatus.Submitted, 1, "Đã tổ chức 3 buổi đối thoại với Nhân dân."), (sent.Status, sent.CurrentVersion, sent.ShownContent.Results));
        var first = Assert.Single(sent.Revisions);
        Assert.Equal((new ReportAuthor(Official, "Nguyễn Văn A"), "legacy", sent.ReportId), (first.Author, first.Client, first.SubmissionId));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 2, 15, 0, TimeSpan.Zero), first.SubmittedAt);
        Assert.Equal(first.SubmittedAt, sent.FirstSubmittedAt);

        var draft = (await reports.FindReportAsync(halfYear, offices))!;
        Assert.Equal((ReportStatus.Draft, "Bản nháp chưa gửi", "Trần Thị B"), (draft.Status, draft.ShownContent.Results, draft.Current.Author.Name));
        Assert.Equal((new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero), (DateTimeOffset?)null), (draft.Current.SubmittedAt, draft.FirstSubmittedAt));
        Assert.Null(await reports.FindReportAsync(year, offices));
        var returned = (await reports.FindReportAsync(year, ward))!;
        Assert.Equal((ReportStatus.Returned, 1, "Cần bổ sung số liệu", "Lê Văn C"),
            (returned.Status, returned.CurrentVersion, returned.ShownContent.Results, returned.Current.Author.Name));
        var compliance = database.Get<IReportCompliance>();
        Assert.True(await compliance.HasReportedAsync(ward, year));
        Assert.False(await compliance.HasReportedAsync(offices, halfYear));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(3, await db.ReportRevisions.CountAsync());
            Assert.Equal([0, 1, 1, 1], (await db.Reports.Select(r => r.CurrentVersion).ToListAsync()).Order());
        }

        var amended = await reports.SubmitAsync(ReportScenarios.Submission(halfYear, ward, "Bổ sung sau nâng cấp"));
        Assert.Equal((SubmissionOutcome.Stored, 2, sent.ReportId), (amended.Outcome, amended.Receipt!.Version, amended.Receipt.ReportId));
        Assert.Equal(first.SubmittedAt, amended.Receipt.FirstSubmittedAt);
    }

    private static string Sql(string? value) => value is null ? "NULL" : $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
