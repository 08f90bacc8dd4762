using DanVanBot.Eval;
using DanVanBot.Eval.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanBot.Eval.Tests;

/// <summary>The document scorer on the real development set: it runs the real reader, and it can tell right from wrong.</summary>
public sealed class DocumentScorerTests
{
    private static readonly IReadOnlyList<DocumentCase> Dev = DocumentSet.ReadAll(EvalFolders.Locate(null).DocumentFolders("dev"));

    [Fact]
    public void Score_DevSetWithTheCliReader_JudgesEveryDocumentAndEveryExpectedDeadline()
    {
        var results = DocumentScorer.Score(Dev, new ParserPredictor());

        Assert.Equal(Dev.Select(d => d.Name), results.Select(r => r.Case.Name));
        Assert.All(results, r => Assert.Equal(r.Case.Expected.Deadlines.Count, r.Recall.Total));
        Assert.All(results, r => Assert.Null(r.Got.Problem is { } p && p.StartsWith("reader threw", StringComparison.Ordinal) ? p : null));
    }

    [Fact]
    public void Score_ExpectedExtraction_FindsEverythingAndInventsNothing()
    {
        var results = DocumentScorer.Score(Dev, new AnswerKey(Dev));

        Assert.All(results, r =>
        {
            Assert.True(r.KindRight && r.NumberRight && r.IssuerRight && r.DateRight, r.Case.Name);
            Assert.Empty(r.Missed);
            Assert.Empty(r.Invented);
            Assert.Equal(r.Units.Total, r.Units.Right);
        });
    }

    [Fact]
    public void Judge_DroppedAndInventedDeadlines_LowerRecallAndCountTheInvention()
    {
        var document = Dev.First(d => d.Expected.Deadlines.Count >= 2);
        var right = AnswerKey.Extraction(document.Expected);
        var spoiled = right with
        {
            Deadlines = [.. right.Deadlines.Skip(1), new PredictedDeadline(DeadlineKey.Day(new DateOnly(2031, 1, 1)), ["Phòng Nội vụ"], "bịa", null)],
            Issuer = "UBND xã Không Có",
        };

        var result = DocumentScorer.Judge(document, spoiled);

        Assert.Equal(document.Expected.Deadlines.Count - 1, result.Found.Count);
        Assert.Single(result.Missed);
        Assert.Equal(new DateOnly(2031, 1, 1), Assert.Single(result.Invented).Key.Due);
        Assert.False(result.IssuerRight);
    }

    [Fact]
    public void Judge_DeadlineOnAListedTrap_IsInventedAndFlaggedAsATrap()
    {
        var document = Dev.First(d => d.Expected.Traps?.Any(t => !t.Date.Contains("..", StringComparison.Ordinal)) == true);
        var trap = DateOnly.Parse(document.Expected.Traps!.First(t => !t.Date.Contains("..", StringComparison.Ordinal)).Date, System.Globalization.CultureInfo.InvariantCulture);
        var right = AnswerKey.Extraction(document.Expected);

        var result = DocumentScorer.Judge(document, right with { Deadlines = [.. right.Deadlines, new PredictedDeadline(DeadlineKey.Day(trap), [], "trích dẫn", null)] });

        Assert.Equal(1, result.InventedTraps);
        Assert.Empty(result.Missed);
    }

    [Fact]
    public void Judge_SameDayForTwoExpectedDeadlines_NeedsTwoObligations()
    {
        var calendar = Dev.Single(d => d.Name == "cv-che-do-bao-cao-binh-thuan-tay");
        var right = AnswerKey.Extraction(calendar.Expected);
        var merged = right.Deadlines.GroupBy(d => d.Key).Select(g => g.First()).ToList();

        var result = DocumentScorer.Judge(calendar, right with { Deadlines = merged });

        Assert.Equal(right.Deadlines.Count - merged.Count, result.Missed.Count);
        Assert.NotEmpty(result.Missed);
        Assert.Empty(result.Invented);
    }

    [Fact]
    public void Content_DocxSource_IsARealWordDocumentWithTables()
    {
        var docx = Dev.First(d => d.FileName.EndsWith(".docx", StringComparison.Ordinal));

        using var stream = new MemoryStream(docx.Content());
        using var word = WordprocessingDocument.Open(stream, isEditable: false);

        Assert.NotEmpty(word.MainDocumentPart!.Document.Body!.Elements<Table>());
    }

    /// <summary>Answers with each document's expected extraction (a stand-in that knows the key).</summary>
    private sealed class AnswerKey(IReadOnlyList<DocumentCase> documents) : IDocumentPredictor
    {
        public DocumentPrediction Predict(string fileName, byte[] content) =>
            Extraction(documents.Single(d => d.FileName == fileName).Expected);

        public static DocumentPrediction Extraction(ExpectedDocument e) => new(
            e.Kind, e.Number, e.Issuer, e.IssuedOn,
            [.. e.Deadlines.Select((d, i) => new PredictedDeadline(d.Key, d.Unit is null ? [] : [d.Unit], $"{i}: {d.What}", null))]);
    }
}
