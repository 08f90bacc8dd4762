using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.Reports;

/// <summary>The report form's store-facing flows again, with the bot on PostgreSQL.</summary>
public sealed class ReportFormPostgresTests
{
    private static async Task OnPostgresAsync(Func<ReportFormTests, Task> test)
    {
        var (connectionString, drop) = await TestPostgres.CreateDatabaseAsync();
        var tests = new ReportFormTests();
        try
        {
            await tests.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:DanVan"] = connectionString });
            await test(tests);
        }
        finally
        {
            await tests.DisposeAsync();
            await drop();
        }
    }

    [RequiresPostgresFact]
    public Task Submit_Valid_RetryAndAmend_Postgres() =>
        OnPostgresAsync(t => t.Submit_Valid_ReceiptOnTime_RetryStoredOnce_AmendmentIsVersionTwoAndVersionOneKept());

    [RequiresPostgresFact]
    public Task Submit_Problems_NothingStored_Postgres() =>
        OnPostgresAsync(t => t.Submit_ProblemsInSeveralFields_SameFormComesBackWithInputKeptAndEachProblemUnderItsField());

    [RequiresPostgresFact]
    public Task Submit_SubmissionIdOfAnotherUnit_Postgres() =>
        OnPostgresAsync(t => t.Submit_SubmissionIdOfAnotherUnitsReport_IsRefusedAndNothingChanges());
}
