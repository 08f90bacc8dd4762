using DanVanBot.App.Features.Exports.Document;
using DanVanBot.App.Features.Exports.Workbook;

namespace DanVanBot.App.Features.Exports;

/// <summary>Loads an organisation's period once and writes the asked-for document; the chat link and the CLI both use it.</summary>
internal sealed class ExportBuilder(ExportSource source, TimeProvider clock)
{
    public async Task WriteAsync(
        Guid organisationId, string organisationName, ExportPeriod period, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        var data = await source.LoadAsync(organisationId, organisationName, period, cancellationToken);
        Write(data, format, clock.GetUtcNow(), output);
    }

    public static void Write(ExportData data, ExportFormat format, DateTimeOffset writtenAt, Stream output)
    {
        if (format == ExportFormat.Xlsx) ComplianceWorkbook.Write(data, output);
        else ConsolidatedDocument.Write(data, writtenAt, output);
    }
}
