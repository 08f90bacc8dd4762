namespace DanVanBot.App.Features.Exports;

/// <summary>The two documents the coordinating office gets: the compliance workbook and the draft consolidated report.</summary>
public enum ExportFormat
{
    Xlsx,
    Docx,
}

internal static class ExportFormats
{
    public static ExportFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "docx" => ExportFormat.Docx,
        _ => null,
    };

    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "docx";

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>"bang-theo-doi_…xlsx" or "bao-cao-tong-hop_…docx": ASCII, so every browser and mail client keeps it.</summary>
    public static string FileName(this ExportFormat format, ExportPeriod period) =>
        $"{(format == ExportFormat.Xlsx ? "bang-theo-doi" : "bao-cao-tong-hop")}_{period.FileStem}.{format.Extension()}";
}
