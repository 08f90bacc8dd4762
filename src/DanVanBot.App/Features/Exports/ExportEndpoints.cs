using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Exports;

/// <summary>
/// Serves the documents behind the signed links the chat hands out. Anything but a valid, unexpired, unaltered link is
/// a 403 with nothing read; every download is written to the audit trail.
/// </summary>
internal static class ExportEndpoints
{
    public static WebApplication MapExportDownloads(this WebApplication app)
    {
        app.MapGet(ExportLinks.RoutePrefix + "/{organisation}/{format}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        string organisation, string format, HttpContext http, ExportLinks links, IOrganisationStore organisations, ExportBuilder builder,
        IAuditLog audit, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.Count == 1 ? q.Value[0] : null, StringComparer.Ordinal);
        var grant = links.Verify(organisation, format, query);
        var found = grant is null ? null
            : (await organisations.ListOrganisationsAsync(cancellationToken)).FirstOrDefault(o => o.Id == grant.OrganisationId);
        if (grant is null || found is null)
        {
            Log.ExportRefused(loggers.CreateLogger(typeof(ExportEndpoints)), http.Request.Path);
            return Results.Text(ExportTexts.LinkRefused, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        var period = new ExportPeriod(grant.Period);
        using var buffer = new MemoryStream();
        await builder.WriteAsync(found.Id, found.Name, period, grant.Format, buffer, cancellationToken);
        await audit.WriteAsync(new AuditEntry(grant.GrantedTo, null, "export.download",
            $"Tải {(grant.Format == ExportFormat.Xlsx ? ExportTexts.WorkbookName : ExportTexts.ReportName)} {period.Title} của {found.Name}",
            OrganisationId: found.Id), cancellationToken);
        return Results.File(buffer.ToArray(), grant.Format.ContentType(), grant.Format.FileName(period));
    }
}
