using System.IO.Compression;
using System.Text;
using DanVanBot.Language.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DanVanBot.Language.Tests.Plans;

/// <summary>
/// Each limit of <see cref="PlanDocumentLimits"/> stops a .docx that passes it, and lets one at it through.
/// Small limits keep the documents small; the bot's hostile-input suite sends the real, expanding ones.
/// </summary>
public sealed class DocxLimitsTests
{
    private const string Plan = "KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\nI. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ\nGửi báo cáo năm trước ngày 25/11/2025.";

    [Fact]
    public void ParseDocx_WithinEveryLimit_Parses()
    {
        var plan = PlanDocumentParser.ParseDocx(Document(Paragraphs(Plan.Split('\n'))), PlanDocumentLimits.Default);

        Assert.Single(plan.Obligations);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void ParseDocx_Paragraphs_LimitedToMaxParagraphs(int paragraphs, bool refused)
    {
        var docx = Document(Paragraphs([.. Plan.Split('\n'), .. Enumerable.Repeat("nội dung", paragraphs - 5)]));

        AssertLimit(docx, new PlanDocumentLimits { MaxParagraphs = 5 }, refused, "paragraphs");
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void ParseDocx_TableCells_LimitedToMaxTableCells(int cells, bool refused)
    {
        var row = new TableRow(Enumerable.Range(0, cells).Select(i => new TableCell(new Paragraph(new Run(new WordText($"ô {i}"))))));
        var docx = Document([.. Paragraphs(Plan.Split('\n')), new Table(row)]);

        AssertLimit(docx, new PlanDocumentLimits { MaxTableCells = 4 }, refused, "table cells");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ParseDocx_Text_LimitedToMaxTextCharacters(bool refused)
    {
        var text = Plan.Replace("\n", "", StringComparison.Ordinal).Length;
        var docx = Document(Paragraphs([.. Plan.Split('\n'), refused ? "x" : ""]));

        AssertLimit(docx, new PlanDocumentLimits { MaxTextCharacters = text }, refused, "characters");
    }

    [Fact]
    public void ParseDocx_NestingDeeperThanMaxDepth_IsRefusedBeforeItIsLoaded()
    {
        OpenXmlElement inner = new Paragraph(new Run(new WordText("sâu")));
        for (var level = 0; level < 50; level++) inner = new Table(new TableRow(new TableCell(inner)));
        var docx = Document([.. Paragraphs(Plan.Split('\n')), inner]);

        AssertLimit(docx, PlanDocumentLimits.Default, refused: true, "nested deeper");
    }

    [Fact]
    public void ParseDocx_MoreElementsThanMaxElements_IsRefused() =>
        AssertLimit(Document(Paragraphs(Plan.Split('\n'))), new PlanDocumentLimits { MaxElements = 10 }, refused: true, "elements");

    [Fact]
    public void ParseDocx_PartLargerThanMaxPartBytes_IsRefusedWhileDecompressing()
    {
        var docx = Document(Paragraphs([.. Plan.Split('\n'), new string('a', 5000)]));

        AssertLimit(docx, new PlanDocumentLimits { MaxPartBytes = 4000 }, refused: true, "document.xml");
    }

    [Fact]
    public void ParseDocx_PartsTogetherLargerThanMaxTotalBytes_IsRefused()
    {
        var docx = WithExtraEntries(Document(Paragraphs(Plan.Split('\n'))), count: 4, size: 3000);

        AssertLimit(docx, new PlanDocumentLimits { MaxPartBytes = 5000, MaxTotalBytes = 10_000 }, refused: true, "uncompressed");
    }

    [Fact]
    public void ParseDocx_MoreEntriesThanMaxEntries_IsRefused()
    {
        var docx = WithExtraEntries(Document(Paragraphs(Plan.Split('\n'))), count: 30, size: 1);

        AssertLimit(docx, new PlanDocumentLimits { MaxEntries = 20 }, refused: true, "files in the package");
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 truncated")]
    public void ParseDocx_NotAWordDocument_IsUnreadable(string content) =>
        Assert.Throws<PlanDocumentUnreadableException>(() => PlanDocumentParser.ParseDocx(new MemoryStream(Encoding.UTF8.GetBytes(content))));

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void ParseText_Lines_LimitedToMaxParagraphs(int lines, bool refused)
    {
        var text = string.Join('\n', Enumerable.Repeat("nội dung", lines));

        void Parse() => PlanDocumentParser.ParseText(new MemoryStream(Encoding.UTF8.GetBytes(text)), new PlanDocumentLimits { MaxParagraphs = 5 });

        if (refused) Assert.Contains("lines", Assert.Throws<PlanTooLargeException>(Parse).Limit, StringComparison.Ordinal);
        else Assert.Throws<FormatException>(Parse); // read in full, and found to be no plan
    }

    [Fact]
    public void ParseText_MoreCharactersThanMaxTextCharacters_IsRefused() =>
        Assert.Throws<PlanTooLargeException>(() =>
            PlanDocumentParser.ParseText(new MemoryStream(Encoding.UTF8.GetBytes(Plan)), new PlanDocumentLimits { MaxTextCharacters = Plan.Length - 1 }));

    [Fact]
    public void LabelOf_ListStartingAtIntMax_IsWrittenInDigitsNotBillionsOfRomanLetters()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = int.MaxValue }, new NumberingFormat { Val = NumberFormatValues.UpperRoman },
                new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        var labels = new DocxNumbering(numbering, styles: null);

        var label = labels.LabelOf(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }))));
        var outOfRange = labels.LabelOf(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 99 }, new NumberingId { Val = 1 }))));

        Assert.Equal($"{int.MaxValue}. ", label);
        Assert.Equal(string.Empty, outOfRange);
    }

    private static void AssertLimit(MemoryStream docx, PlanDocumentLimits limits, bool refused, string limitName)
    {
        if (!refused)
        {
            Assert.NotNull(PlanDocumentParser.ParseDocx(docx, limits));
            return;
        }
        var error = Assert.Throws<PlanTooLargeException>(() => PlanDocumentParser.ParseDocx(docx, limits));
        Assert.Contains(limitName, error.Limit, StringComparison.Ordinal);
    }

    private static OpenXmlElement[] Paragraphs(IEnumerable<string> lines) =>
        [.. lines.Select(line => new Paragraph(new Run(new WordText(line) { Space = SpaceProcessingModeValues.Preserve })))];

    private static MemoryStream Document(OpenXmlElement[] blocks)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new Document(new Body(blocks));
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream WithExtraEntries(MemoryStream docx, int count, int size)
    {
        using (var zip = new ZipArchive(docx, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var index = 0; index < count; index++)
            {
                using var entry = zip.CreateEntry($"customXml/extra{index}.bin").Open();
                entry.Write(new byte[size]);
            }
        }
        docx.Position = 0;
        return docx;
    }
}
