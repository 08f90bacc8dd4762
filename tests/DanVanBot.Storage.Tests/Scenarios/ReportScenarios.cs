using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>Append-only revisions, idempotent submission ids, returns and attachments, shared by both providers.</summary>
public static class ReportScenarios
{
    public static ReportSubmission Submission(Guid occurrence, Guid unit, string results, string author = "Nguyễn Văn An", Guid? id = null) =>
        new(id ?? Guid.NewGuid(), occurrence, unit, new ReportContent(results, ReportProgress.Completed), new ReportAuthor("aad-" + author.Length, author),
            "msteams/Web", "1");

    public static async Task AmendmentAddsVersionAndKeepsTheFirst(IStorageHost host)
    {
        var (database, organisation, occurrence) = await ReportAndProfileScenarios.HalfYearReportAsync(host);
        var reports = database.Get<IReportStore>();
        var unit = await UnitAsync(database, organisation, SamplePlans.Units);

        var first = await reports.SubmitAsync(Submission(occurrence, unit, "Tổ chức 3 hội nghị đối thoại"));
        database.Clock.Advance(TimeSpan.FromDays(2));
        var amended = await reports.SubmitAsync(Submission(occurrence, unit, "Tổ chức 4 hội nghị đối thoại", "Trần Thị Bình"));

        Assert.Equal((SubmissionOutcome.Stored, 1), (first.Outcome, first.Receipt!.Version));
        Assert.Equal((SubmissionOutcome.Stored, 2), (amended.Outcome, amended.Receipt!.Version));
        Assert.Equal(TestDatabase.Start.ToUniversalTime(), amended.Receipt.FirstSubmittedAt);
        var current = (await reports.FindReportAsync(occurrence, unit))!;
        Assert.Equal((2, 2, "Tổ chức 4 hội nghị đối thoại"), (current.CurrentVersion, current.ShownVersion, current.ShownContent.Results));
        Assert.Equal([2, 1], current.Revisions.Select(r => r.Version));
        Assert.Equal("Trần Thị Bình", current.Current.Author.Name);
        var firstVersion = (await reports.FindReportByIdAsync(current.ReportId, 1))!;
        Assert.Equal(("Tổ chức 3 hội nghị đối thoại", "Nguyễn Văn An"), (firstVersion.ShownContent.Results, firstVersion.Shown.Author.Name));
    }

    public static async Task SameSubmissionTwiceIsStoredOnce(IStorageHost host)
    {
        var (database, organisation, occurrence) = await ReportAndProfileScenarios.HalfYearReportAsync(host);
        var reports = database.Get<IReportStore>();
        var unit = await UnitAsync(database, organisation, SamplePlans.Units);
        var submission = Submission(occurrence, unit, "Đã triển khai");

        var first = await reports.SubmitAsync(submission);
        var again = await reports.SubmitAsync(submission with { Content = new ReportContent("Nội dung khác") });
        // Once a later version is stored, the first form delivered again still gets its own receipt, not the latest.
        await reports.SubmitAsync(Submission(occurrence, unit, "Bản sửa"));
        var afterAmendment = await reports.SubmitAsync(submission);

        Assert.Equal(SubmissionOutcome.AlreadyStored, again.Outcome);
        Assert.Equal(first.Receipt, again.Receipt);
        Assert.Equal((SubmissionOutcome.AlreadyStored, first.Receipt), (afterAmendment.Outcome, afterAmendment.Receipt));
        Assert.Equal(["Bản sửa", "Đã triển khai"], (await ResultsAsync(database)).Order(StringComparer.Ordinal));
    }

    public static async Task ForeignSubmissionIdOrTargetWritesNothing(IStorageHost host)
    {
        var (database, organisation, occurrence) = await ReportAndProfileScenarios.HalfYearReportAsync(host);
        var reports = database.Get<IReportStore>();
        var unit = await UnitAsync(database, organisation, SamplePlans.Units);
        var wards = await UnitAsync(database, organisation, SamplePlans.Wards);
        var stored = await reports.SubmitAsync(Submission(occurrence, unit, "Của đơn vị thứ nhất"));

        var replayed = await reports.SubmitAsync(Submission(occurrence, wards, "Mạo danh", id: stored.Receipt!.SubmissionId));
        var unknownOccurrence = await reports.SubmitAsync(Submission(Guid.NewGuid(), unit, "Không có kỳ này"));
        var unknownUnit = await reports.SubmitAsync(Submission(occurrence, Guid.NewGuid(), "Không có đơn vị này"));
        var replayedOnUnknownOccurrence = await reports.SubmitAsync(Submission(Guid.NewGuid(), unit, "Mạo danh", id: stored.Receipt.SubmissionId));

        Assert.Equal(SubmissionOutcome.SubmissionIdTaken, replayed.Outcome);
        Assert.Equal(SubmissionOutcome.SubmissionIdTaken, replayedOnUnknownOccurrence.Outcome);
        Assert.Equal(SubmissionOutcome.UnknownTarget, unknownOccurrence.Outcome);
        Assert.Equal(SubmissionOutcome.UnknownTarget, unknownUnit.Outcome);
        Assert.Equal(["Của đơn vị thứ nhất"], await ResultsAsync(database));
        await using var db = database.CreateContext();
        Assert.Single(await db.Reports.ToListAsync());
    }

    /// <summary>
    /// 50 units submit at once and 10 people submit for one more unit at once, every request delivered twice: each
    /// submission is stored exactly once, the one unit's versions run 1..10 without a gap, and each holds what its
    /// submission sent (no update lost).
    /// </summary>
    public static async Task SimultaneousSubmissionsEachStoredOnceInOrder(IStorageHost host)
    {
        var (database, organisation, occurrence) = await ReportAndProfileScenarios.HalfYearReportAsync(host);
        var reports = database.Get<IReportStore>();
        var organisations = database.Get<IOrganisationStore>();
        var wards = await UnitAsync(database, organisation, SamplePlans.Wards);
        var shared = await UnitAsync(database, organisation, SamplePlans.Units);
        var members = new List<Guid>();
        for (var i = 1; i <= 50; i++) members.Add((await organisations.AddGroupMemberAsync(wards, $"UBND Phường {i:00}")).Id);

        var submissions = members.Select((unit, i) => Submission(occurrence, unit, $"Phường {i + 1:00}: đã đối thoại"))
            .Concat(Enumerable.Range(1, 10).Select(i => Submission(occurrence, shared, $"Lần gửi {i}", $"Cán bộ {i}")))
            .ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = submissions.Concat(submissions).Select(s => Task.Run(async () =>
        {
            await start.Task;
            return (s.SubmissionId, Result: await reports.SubmitAsync(s));
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(calls);

        foreach (var sent in results.GroupBy(r => r.SubmissionId))
        {
            Assert.Equal([SubmissionOutcome.Stored, SubmissionOutcome.AlreadyStored], sent.Select(r => r.Result.Outcome).Order());
            Assert.Single(sent.Select(r => r.Result.Receipt!.Version).Distinct());
        }
        await using var db = database.CreateContext();
        var revisions = await db.ReportRevisions.AsNoTracking().ToListAsync();
        Assert.Equal(submissions.Select(s => s.SubmissionId).Order(), revisions.Select(r => r.SubmissionId).Order());
        var sharedReport = await db.Reports.AsNoTracking().SingleAsync(r => r.UnitId == shared);
        var sharedVersions = revisions.Where(r => r.ReportId == sharedReport.Id).OrderBy(r => r.Version).ToList();
        Assert.Equal(Enumerable.Range(1, 10), sharedVersions.Select(r => r.Version));
        Assert.Equal(10, sharedReport.CurrentVersion);
        var sentContent = submissions.ToDictionary(s => s.SubmissionId, s => s.Content.Results);
        Assert.All(revisions, r => Assert.Equal(sentContent[r.SubmissionId], r.Results));
        Assert.All(await db.Reports.AsNoTracking().Where(r => r.UnitId != shared).ToListAsync(), r => Assert.Equal(1, r.CurrentVersion));
    }

    public static async Task ReturnOnlyTheCurrentVersionOnce(IStorageHost host)
    {
        var (database, organisation, occurrence) = await ReportAndProfileScenarios.HalfYearReportAsync(host);
        var reports = database.Get<IReportStore>();
        var unit = await UnitAsync(database, organisation, SamplePlans.Units);
        var head = new ReportAuthor("aad-head", "Lê Thị Cúc");
        var first = (await reports.SubmitAsync(Submission(occurrence, unit, "Bản đầu"))).Receipt!;

        Assert.Equal(ReturnOutcome.Returned, await reports.ReturnAsync(first.ReportId, 1, "Thiếu số liệu hội nghị", head));
        Assert.Equal(ReturnOutcome.AlreadyReturned, await reports.ReturnAsync(first.ReportId, 1, "Lần nữa", head));
        Assert.Equal(ReturnOutcome.UnknownReport, await reports.ReturnAsync(Guid.NewGuid(), 1, "Không có", head));
        var returned = (await reports.FindReportAsync(occurrence, unit))!;
        Assert.Equal(ReportStatus.Returned, returned.Status);
        Assert.Equal(("Thiếu số liệu hội nghị", "Lê Thị Cúc"), (returned.Current.Returned!.Reason, returned.Current.Returned.ReturnedBy.Name));

        await reports.SubmitAsync(Submission(occurrence, unit, "Bản sửa"));
        Assert.Equal(ReturnOutcome.NotCurrent, await reports.ReturnAsync(first.ReportId, 1, "Cũ", head));
        var amended = (await reports.FindReportAsync(occurrence, unit))!;
        Assert.Equal((ReportStatus.Submitted, 2), (amended.Status, amended.CurrentVersion));
        Assert.Null(amended.Current.Returned);
        Assert.NotNull(amended.Revisions.Single(r => r.Version == 1).Returned);
    }

    public static async Task AttachmentKeptWithHashOncePerVersion(IStorageHost host)
    {
        var (database, organisation, occurrence) = await ReportAndProfileScenarios.HalfYearReportAsync(host);
        var reports = database.Get<IReportStore>();
        var unit = await UnitAsync(database, organisation, SamplePlans.Units);
        var receipt = (await reports.SubmitAsync(Submission(occurrence, unit, "Có văn bản"))).Receipt!;
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A];
        var file = new NewAttachment(receipt.ReportId, 1, "15-BC-UBND.pdf", "application/pdf", pdf, new ReportAuthor("aad-1", "Nguyễn Văn An"));

        var stored = await reports.AttachAsync(file);
        var again = await reports.AttachAsync(file);
        var wrongVersion = await reports.AttachAsync(file with { Version = 2 });

        Assert.Equal(AttachOutcome.Stored, stored.Outcome);
        Assert.Equal((AttachOutcome.AlreadyStored, stored.Attachment), (again.Outcome, again.Attachment));
        Assert.Equal(AttachOutcome.UnknownVersion, wrongVersion.Outcome);
        Assert.Equal(("15-BC-UBND.pdf", 9L), (stored.Attachment!.FileName, stored.Attachment.SizeBytes));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), stored.Attachment.Sha256);
        var opened = (await reports.OpenAttachmentAsync(stored.Attachment.Id))!;
        Assert.Equal(pdf, opened.Content);
        Assert.Equal((occurrence, unit), (opened.OccurrenceId, opened.UnitId));
        Assert.Single((await reports.FindReportAsync(occurrence, unit))!.Current.Attachments);
    }

    internal static async Task<Guid> UnitAsync(TestDatabase database, Guid organisation, string name) =>
        (await database.Get<IOrganisationStore>().ListUnitsAsync(organisation)).Single(u => u.Name == name).Id;

    private static async Task<List<string>> ResultsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.ReportRevisions.Select(r => r.Results).ToListAsync();
    }
}
