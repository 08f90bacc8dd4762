using System.Text;
using System.Text.Json;
using DanVanBot.App.Cli;

namespace DanVanBot.App.Tests.Ask;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>
/// <c>DanVanBot ask</c> run in-process through the real entry point, over a temp SQLite file (named by
/// the ConnectionStrings__DanVan environment variable, as an operator would) with the sample plans.
/// Console and environment are process-wide, hence the non-parallel collection.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class AskCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("danvanbot-cli-").FullName;

    public AskCliTests() =>
        Environment.SetEnvironmentVariable("ConnectionStrings__DanVan", $"Data Source={Path.Combine(directory, "cli.db")}");

    [Fact]
    public async Task Ask_Json_PrintsIntentWindowAndItems()
    {
        var (code, output) = await RunAsync("ask", "--today", "2026-11-21", "--json", "tháng này có gì đến hạn");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("due", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("2026-11-01", json.RootElement.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal("2026-11-30", json.RootElement.GetProperty("window").GetProperty("to").GetString());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Báo cáo năm", item.GetProperty("description").GetString());
        Assert.Equal("Các cơ quan, đơn vị, địa phương", item.GetProperty("unit").GetString());
        Assert.Equal("2026-11-24", item.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Ask_UnitAndOrg_LimitsToThatUnit()
    {
        var (code, output) = await RunAsync("ask", "--today", "2023-11-02", "--org", "UBND phường Trương Quang Trọng",
            "--unit", "van phong thong ke", "--json", "tháng này có gì đến hạn");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["2023-11-14", "2023-11-30"],
            json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("dueDate").GetString()));
    }

    [Fact]
    public async Task Ask_Batch_PrintsOneCompactJsonObjectPerLine()
    {
        var file = Path.Combine(directory, "questions.tsv");
        await File.WriteAllTextAsync(file, "2022-04-15\tthang nay co gi den han\n2026-11-21\ttrợ giúp\n2026-11-21\ttìm kế hoạch 102/KH-UBND-NV\n");

        var (code, output) = await RunAsync("ask", "--batch", file, "--json");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["due", "help", "search"], answers.Select(a => a.GetProperty("intent").GetString()));
        Assert.Equal("2022-04-30", answers[0].GetProperty("items")[0].GetProperty("dueDate").GetString());
        Assert.Equal(JsonValueKind.Null, answers[1].GetProperty("window").ValueKind);
        Assert.Contains("Báo cáo 6 tháng", lines[0], StringComparison.Ordinal); // Vietnamese unescaped
    }

    [Fact]
    public async Task Ask_WithoutJson_PrintsVietnameseText()
    {
        var (code, output) = await RunAsync("ask", "--today", "2026-11-21", "tháng này có gì đến hạn");

        Assert.Equal(0, code);
        Assert.StartsWith("Đến hạn trong tháng 11/2026:", output, StringComparison.Ordinal);
        Assert.Contains("24/11/2026 — Báo cáo năm", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ExplainJson_NamesTheCuesOfIntentAndWindow()
    {
        var (code, output) = await RunAsync("ask", "--today", "2026-03-18", "--json", "--explain", "tháng sau phải nộp những báo cáo nào?");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("due", json.RootElement.GetProperty("intent").GetString());
        var explain = json.RootElement.GetProperty("explain");
        Assert.Contains("phai nop", explain.GetProperty("intentCues").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("thang sau", explain.GetProperty("windowWords").GetString());
    }

    [Fact]
    public async Task Ask_ExplainText_AddsTheExplanationAfterTheAnswer()
    {
        var (code, output) = await RunAsync("ask", "--today", "2026-03-01", "--explain", "báo cáo 6 tháng gửi trước 10/6 phải không?");

        Assert.Equal(0, code);
        Assert.StartsWith("Đúng. Hạn cuối của “Báo cáo 06 tháng” là Thứ Ba, 09/06/2026", output, StringComparison.Ordinal);
        Assert.Contains("— Giải thích —\nÝ định: deadline", output, StringComparison.Ordinal);
        Assert.Contains("(“bao cao 6 thang”)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ConfirmationJson_AddsTheVerdictWithoutRenamingFields()
    {
        var (code, output) = await RunAsync("ask", "--today", "2026-03-01", "--json", "hạn báo cáo năm là 30/11 phải ko");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("deadline", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("2026-01-01", json.RootElement.GetProperty("window").GetProperty("from").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("items").EnumerateArray());
        var confirmation = json.RootElement.GetProperty("confirmation");
        Assert.Equal(("2026-11-30", false, "2026-11-24"), (confirmation.GetProperty("claimedDay").GetString(),
            confirmation.GetProperty("correct").GetBoolean(), confirmation.GetProperty("dueDate").GetString()));
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var original = Console.Out;
        var captured = new StringWriter(new StringBuilder());
        Console.SetOut(captured);
        try
        {
            var code = await CliApp.RunAsync(args);
            return (code, captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__DanVan", null);
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly. */ }
    }
}
