using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Checks a .docx against <see cref="PlanDocumentLimits"/> before anything is built from it: the package's entries
/// are decompressed once into nothing, counting (the sizes a zip declares can lie), and the XML parts that will be
/// loaded are read with a forward-only reader that counts elements, depth, paragraphs, cells and text. Memory stays
/// at one buffer whatever the file holds; the first limit passed stops the reading.
/// </summary>
internal static class DocxPackageCheck
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void CheckEntries(Stream package, PlanDocumentLimits limits, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > limits.MaxEntries) throw new PlanTooLargeException($"more than {limits.MaxEntries} files in the package");
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > limits.MaxPartBytes) throw TooLargePart(entry.FullName, limits);
            using var content = entry.Open();
            long size = 0;
            int read;
            while ((read = content.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                size += read;
                total += read;
                if (size > limits.MaxPartBytes) throw TooLargePart(entry.FullName, limits);
                if (total > limits.MaxTotalBytes) throw new PlanTooLargeException($"more than {limits.MaxTotalBytes} bytes uncompressed");
            }
        }
    }

    /// <summary>The main document: elements, depth, paragraphs, table cells and the characters of its text runs.</summary>
    public static void CheckDocument(OpenXmlPart part, PlanDocumentLimits limits, CancellationToken cancellationToken)
    {
        var paragraphs = 0;
        var cells = 0;
        long text = 0;
        Scan(part, limits, cancellationToken, reader =>
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == WordNamespace)
            {
                if (reader.LocalName == "p" && ++paragraphs > limits.MaxParagraphs) throw new PlanTooLargeException($"more than {limits.MaxParagraphs} paragraphs");
                if (reader.LocalName == "tc" && ++cells > limits.MaxTableCells) throw new PlanTooLargeException($"more than {limits.MaxTableCells} table cells");
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text += reader.Value.Length;
                if (text > limits.MaxTextCharacters) throw new PlanTooLargeException($"more than {limits.MaxTextCharacters} characters of text");
            }
        });
    }

    /// <summary>A part loaded only for its definitions (numbering, styles): elements and depth.</summary>
    public static void CheckPart(OpenXmlPart? part, PlanDocumentLimits limits, CancellationToken cancellationToken)
    {
        if (part is not null) Scan(part, limits, cancellationToken, _ => { });
    }

    private static void Scan(OpenXmlPart part, PlanDocumentLimits limits, CancellationToken cancellationToken, Action<XmlReader> visit)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxPartBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, settings);
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (++elements > limits.MaxElements) throw new PlanTooLargeException($"more than {limits.MaxElements} elements in {part.Uri}");
                if (reader.Depth >= limits.MaxDepth) throw new PlanTooLargeException($"elements nested deeper than {limits.MaxDepth} in {part.Uri}");
                if (elements % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
            }
            visit(reader);
        }
    }

    private static PlanTooLargeException TooLargePart(string name, PlanDocumentLimits limits) =>
        new($"'{name}' larger than {limits.MaxPartBytes} bytes uncompressed");
}
