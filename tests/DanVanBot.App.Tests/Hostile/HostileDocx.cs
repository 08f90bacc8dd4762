using System.IO.Compression;
using System.Text;

namespace DanVanBot.App.Tests.Hostile;

/// <summary>
/// Small .docx files that expand when read (issue 8 §1), written as raw zip packages so that nothing on the way
/// (an OpenXml writer) builds the expanded document in the test's own memory.
/// </summary>
public static class HostileDocx
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string BodyStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WordNamespace + "\"><w:body>";
    private const string BodyEnd = "</w:body></w:document>";

    /// <summary>One text node of <paramref name="characters"/> characters (the 1.2 MB file held over a billion).</summary>
    public static byte[] HugeTextNode(long characters) => Package(document =>
    {
        Write(document, BodyStart + "<w:p><w:r><w:t>KẾ HOẠCH ");
        Repeat(document, "a", characters);
        Write(document, "</w:t></w:r></w:p>" + BodyEnd);
    });

    /// <summary>Millions of empty paragraphs.</summary>
    public static byte[] ManyParagraphs(int paragraphs) => Package(document =>
    {
        Write(document, BodyStart);
        Repeat(document, "<w:p/>", paragraphs);
        Write(document, BodyEnd);
    });

    /// <summary>Elements nested tens of thousands deep (custom XML blocks may hold themselves).</summary>
    public static byte[] DeepNesting(int depth) => Package(document =>
    {
        Write(document, BodyStart);
        Repeat(document, "<w:customXml w:element=\"x\">", depth);
        Write(document, "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>");
        Repeat(document, "</w:customXml>", depth);
        Write(document, BodyEnd);
    });

    /// <summary>A small valid document with tens of thousands of extra files in the package.</summary>
    public static byte[] ManyEntries(int entries) => Package(
        document => Write(document, BodyStart + "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>" + BodyEnd),
        zip =>
        {
            for (var index = 0; index < entries; index++) zip.CreateEntry($"customXml/item{index}.xml", CompressionLevel.NoCompression);
        });

    private static byte[] Package(Action<Stream> writeDocument, Action<ZipArchive>? extra = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            WriteEntry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using (var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
                writeDocument(document);
            extra?.Invoke(zip);
        }
        return buffer.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        Write(entry, content);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void Repeat(Stream stream, string unit, long count)
    {
        const int PerChunk = 64 * 1024;
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, PerChunk)));
        for (var left = count; left > 0; left -= PerChunk)
            stream.Write(chunk, 0, (int)(Math.Min(left, PerChunk) * (chunk.Length / PerChunk)));
    }
}
