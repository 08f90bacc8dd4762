using DanVanBot.Eval.Documents;
using DanVanBot.Eval.Questions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanBot.Eval.Tests;

/// <summary>Malformed set files stop the run with the place of the error; the .docx markup makes real Word structures.</summary>
public sealed class EvalFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("danvanbot-eval-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("q1\tc\t2026-06-08\tdue\t2026-06-30..2026-06-01\tvi\ttháng này\t", "window")]
    [InlineData("q1\tc\t2026-06-08\tplan\t*\tvi\ttháng này\t", "unknown intent")]
    [InlineData("q1\tc\t08/06/2026\tdue\t*\tvi\ttháng này\t", "today")]
    [InlineData("q1\tc\t2026-06-08\tdue\t*\tvi\ttháng này", "cells")]
    public void Read_MalformedQuestionLine_FailsWithLineNumber(string line, string problem)
    {
        var path = Path.Combine(folder, "set.tsv");
        File.WriteAllLines(path, [string.Join('\t', QuestionSet.Header), line]);

        var error = Assert.Throws<FormatException>(() => QuestionSet.Read(path));

        Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_SameIdInTheHalfAndItsAdditions_Fails()
    {
        var half = Path.Combine(folder, "dev.tsv");
        var added = Path.Combine(folder, "dev-added.tsv");
        File.WriteAllLines(half, [string.Join('\t', QuestionSet.Header), "q1\tc\t2026-06-08\tdue\t*\tvi\ttháng này\t"]);
        File.WriteAllLines(added, [string.Join('\t', QuestionSet.Header), "q1\tc\t2026-06-08\thelp\t*\tvi\thướng dẫn\t"]);

        var error = Assert.Throws<FormatException>(() => QuestionSet.ReadAll([half, added]));

        Assert.Contains("id q1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_DevSet_IsTheHalfAndItsAdditionsAndTheTestSetIsTheTestHalfAlone()
    {
        Directory.CreateDirectory(Path.Combine(folder, "questions"));
        Directory.CreateDirectory(Path.Combine(folder, "documents", "dev-added"));
        File.WriteAllText(Path.Combine(folder, "questions", "dev-added.tsv"), "");
        var folders = new EvalFolders(folder);

        Assert.Equal(["dev.tsv", "dev-added.tsv"], folders.QuestionFiles("dev").Select(Path.GetFileName));
        Assert.Equal(["dev", "dev-added"], folders.DocumentFolders("dev").Select(Path.GetFileName));
        Assert.Equal(["test.tsv"], folders.QuestionFiles("test").Select(Path.GetFileName));
        Assert.Equal(["test"], folders.DocumentFolders("test").Select(Path.GetFileName));
        Assert.Equal(["dev-added.tsv"], folders.QuestionFiles("dev-added").Select(Path.GetFileName));
    }

    [Fact]
    public void Read_ExpectedDeadlineWithoutADate_Fails()
    {
        var path = Path.Combine(folder, "a.expected.json");
        File.WriteAllText(path, """{ "kind": "kế hoạch", "form": "prose", "deadlines": [ { "what": "no date" } ] }""");
        File.WriteAllText(Path.Combine(folder, "a.txt"), "KẾ HOẠCH");

        var error = Assert.Throws<FormatException>(() => DocumentSet.Read(folder));

        Assert.Contains("no date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Markup_MakesHeaderRowsMergedCellsAndSpanningRows()
    {
        var bytes = DocxMarkup.Build("""
            Trước bảng
            |! TT | Nội dung | Chủ trì |
            | I | NHÓM VIỆC |
            | 1 | Việc một // dòng hai | Phòng Kinh tế |
            | 2 | Việc hai | ^ |
            Sau bảng
            """);

        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        var body = word.MainDocumentPart!.Document.Body!;
        var rows = body.Elements<Table>().Single().Elements<TableRow>().ToList();

        Assert.Equal(["Trước bảng", "Sau bảng"], body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(2, rows[1].Elements<TableCell>().Last().TableCellProperties!.GetFirstChild<GridSpan>()!.Val!.Value);
        Assert.Equal(2, rows[2].Elements<TableCell>().ElementAt(1).Elements<Paragraph>().Count());
        Assert.Equal(MergedCellValues.Restart, rows[2].Elements<TableCell>().Last().TableCellProperties!.GetFirstChild<VerticalMerge>()!.Val!.Value);
        Assert.Null(rows[3].Elements<TableCell>().Last().TableCellProperties!.GetFirstChild<VerticalMerge>()!.Val);
    }
}
