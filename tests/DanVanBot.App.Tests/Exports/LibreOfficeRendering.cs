using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.Exports;

/// <summary>
/// LibreOffice in headless mode (Debian's libreoffice-writer and -calc, installed by .ci/run) turns a document into PDF;
/// poppler's pdftotext and pdftoppm read its text and render page 1. Each conversion gets its own profile folder, so
/// parallel runs do not share LibreOffice's lock.
/// </summary>
public static class LibreOfficeRendering
{
    public static readonly string[] Tools = ["soffice", "pdftotext", "pdftoppm"];

    public static bool Available => Tools.All(tool => Which(tool) is not null);

    /// <returns>The PDF's text and page 1 as PNG bytes.</returns>
    public static async Task<(string Text, byte[] FirstPage)> RenderAsync(byte[] document, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("danvanbot-render-").FullName;
        try
        {
            var input = Path.Combine(folder, "document." + extension);
            await File.WriteAllBytesAsync(input, document);
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var convert = await ChildProcess.RunAsync(ChildProcess.Command("soffice", "--headless", "--norestore", $"-env:UserInstallation={profile}",
                "--convert-to", "pdf", "--outdir", folder, input), TimeSpan.FromMinutes(4));
            var pdf = Path.Combine(folder, "document.pdf");
            Assert.True(convert.ExitCode == 0 && File.Exists(pdf), $"soffice failed ({convert.ExitCode}): {convert.Output} {convert.Error}");

            var text = await ChildProcess.RunAsync(ChildProcess.Command("pdftotext", "-enc", "UTF-8", pdf, "-"));
            Assert.True(text.ExitCode == 0, text.Error);
            var png = await ChildProcess.RunAsync(ChildProcess.Command("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf,
                Path.Combine(folder, "page")));
            Assert.True(png.ExitCode == 0, png.Error);
            return (text.Output, await File.ReadAllBytesAsync(Path.Combine(folder, "page.png")));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a LibreOffice child may still hold its profile. */ }
        }
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
}

/// <summary>Needs LibreOffice and poppler-utils: skipped locally without them, never skipped under CI=true (there it fails).</summary>
public sealed class RequiresLibreOfficeFactAttribute : FactAttribute
{
    public RequiresLibreOfficeFactAttribute()
    {
        if (!LibreOfficeRendering.Available && !TestPostgres.IsCi)
            Skip = $"Install {string.Join(", ", LibreOfficeRendering.Tools)} (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils).";
    }
}
