namespace DanVanBot.App.Features.Reports;

/// <summary>What may be attached to a report: a signed report as PDF or Word, up to <see cref="MaxBytes"/>.</summary>
internal static class ReportAttachmentFiles
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxMegabytes = (int)(MaxBytes / (1024 * 1024));

    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The content type the name promises; null for any other kind of file.</summary>
    public static string? ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => Pdf,
        ".docx" => Docx,
        _ => null,
    };

    /// <summary>
    /// The bytes are what the name says: a PDF starts with "%PDF-", a .docx is a ZIP package ("PK\x03\x04"). A renamed
    /// picture or executable is refused rather than stored as a signed report.
    /// </summary>
    public static bool ContentMatches(string contentType, ReadOnlySpan<byte> content) => contentType switch
    {
        Pdf => content.StartsWith("%PDF-"u8),
        Docx => content.StartsWith("PK\x03\x04"u8),
        _ => false,
    };

    /// <summary>"350 KB", "1,5 MB": a size as Vietnamese readers write it.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 1023) / 1024)} KB")
        : (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " MB";
}
