using System.Diagnostics;
using DanVanBot.Storage.Plans;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// Imports the sample plans shipped in data/plans at startup. Importing is idempotent (the store
/// keys a plan by its natural key), so a restart refreshes them instead of duplicating them.
/// </summary>
internal sealed partial class SamplePlanImporter(IPlanStore store, IOptions<PlanOptions> options, ILogger<SamplePlanImporter> logger)
{
    public async Task ImportAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.SampleFolder;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder)) return;
        var watch = Stopwatch.StartNew();
        var files = Directory.EnumerateFiles(folder).Where(PlanFiles.IsSupported).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var result = await store.UpsertPlanAsync(PlanFiles.Parse(file, cancellationToken), cancellationToken: cancellationToken);
            LogImported(Path.GetFileName(file), result.Outcome, result.OccurrenceCount);
        }
        LogDone(files.Count, watch.ElapsedMilliseconds);
    }

    [LoggerMessage(2001, LogLevel.Debug, "Sample plan {File}: {Outcome}, {Occurrences} occurrences")]
    private partial void LogImported(string file, PlanImportOutcome outcome, int occurrences);

    [LoggerMessage(2002, LogLevel.Information, "Imported {Count} sample plans in {Milliseconds} ms")]
    private partial void LogDone(int count, long milliseconds);
}
