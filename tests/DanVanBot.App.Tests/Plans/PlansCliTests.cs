using System.Text.Json;
using DanVanBot.App.Tests.TestSupport;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Plans;

/// <summary><c>DanVanBot plans parse|import</c>, run as the real executable in a child process.</summary>
public sealed class PlansCliTests : IDisposable
{
    private readonly CliProcess cli = new();

    private Task<ProcessRun> RunAsync(params string[] args) => cli.RunAsync(args);

    private static string Sample => RepoFile("data", "plans", "000_a87dec2e8e1edcf9.txt");

    [Fact]
    public async Task Parse_SamplePlanWithJson_PrintsDocumentedShape()
    {
        var run = await RunAsync("plans", "parse", Sample, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("102/KH-UBND-NV", root.GetProperty("number").GetString());
        Assert.Equal("UBND Quận 7", root.GetProperty("issuer").GetString());
        Assert.Equal("2022-03-30", root.GetProperty("issuedOn").GetString());
        Assert.Equal(2022, root.GetProperty("period").GetProperty("from").GetInt32());
        Assert.Equal(2022, root.GetProperty("period").GetProperty("to").GetInt32());
        Assert.Equal("Phòng Nội vụ", root.GetProperty("coordinator").GetString());
        Assert.Contains("UBND 10 Phường", root.GetProperty("units").EnumerateArray().Select(u => u.GetString()));
        var obligations = root.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal(5, obligations.Count);
        foreach (var key in new[] { "description", "units", "recipient", "phrase", "dueDates", "window", "cadence", "needsDate", "sourceLines" })
            Assert.All(obligations, o => Assert.True(o.TryGetProperty(key, out _), key));
        Assert.Equal(2, obligations.Count(o => o.GetProperty("needsDate").GetBoolean()));
        Assert.Contains(obligations, o => o.GetProperty("dueDates").EnumerateArray().Any(d => d.GetString() == "2022-10-31"));
    }

    [Fact]
    public async Task Parse_WithoutJson_PrintsVietnameseSummary()
    {
        var run = await RunAsync("plans", "parse", Sample);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kế hoạch: 102/KH-UBND-NV", run.Output);
        Assert.Contains("Nhiệm vụ (5, trong đó 2 chưa có hạn):", run.Output);
        Assert.Contains("Hạn: 31/10/2022", run.Output);
    }

    [Fact]
    public async Task Import_SameFileTwice_CreatesThenUpdatesTheSamePlan()
    {
        var first = await RunAsync("plans", "import", Sample);
        var second = await RunAsync("plans", "import", Sample);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Đã tạo mới: kế hoạch số 102/KH-UBND-NV — 5 nhiệm vụ (2 chưa có hạn)", first.Output);
        Assert.StartsWith("Không thay đổi (đã nhập trước đó): kế hoạch số 102/KH-UBND-NV — 5 nhiệm vụ", second.Output);
        Assert.Equal(first.Output.Trim()[^36..], second.Output.Trim()[^36..]); // the same plan id
    }

    [Theory]
    [InlineData("missing.txt", null, 2, "Không tìm thấy tệp")]
    [InlineData("ke-hoach.pdf", "%PDF", 3, "chỉ hỗ trợ .txt và .docx")]
    [InlineData("hong.docx", "not a zip", 4, "Không đọc được nội dung")]
    public async Task BadFile_PrintsVietnameseErrorAndFails(string name, string? content, int exitCode, string message)
    {
        var path = Path.Combine(cli.Directory, name);
        if (content is not null) await File.WriteAllTextAsync(path, content);

        foreach (var verb in new[] { "parse", "import" })
        {
            var run = await RunAsync("plans", verb, path);
            Assert.Equal(exitCode, run.ExitCode);
            Assert.Contains(message, run.Error);
            Assert.Equal("", run.Output);
        }
    }

    [Fact]
    public async Task Import_DocumentThatIsNotAPlan_IsRefused()
    {
        var path = Path.Combine(cli.Directory, "thu-moi.txt");
        await File.WriteAllTextAsync(path, "THƯ MỜI\nKính mời đồng chí dự họp lúc 8 giờ ngày 10/4/2022.");

        var run = await RunAsync("plans", "import", path);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("không giống một kế hoạch", run.Error);
    }

    internal const string CalendarLetter = """
        ỦY BAN NHÂN DÂN
        XÃ TÂN HIỆP
        Số: 77/UBND-VHXH
        V/v báo cáo công tác dân vận chính quyền năm 2026
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Tân Hiệp, ngày 14 tháng 01 năm 2026
        Kính gửi: Trưởng các ấp.
        Đề nghị các ấp gửi báo cáo kết quả 6 tháng về UBND xã trước ngày 20/6/2026 và báo cáo năm trước ngày 15/11/2026.
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        """;

    [Fact]
    public async Task Parse_LetterThatSetsDeadlines_PrintsThemWarnsAndSucceeds()
    {
        var path = Path.Combine(cli.Directory, "cong-van.txt");
        await File.WriteAllTextAsync(path, CalendarLetter);

        var run = await RunAsync("plans", "parse", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("không phải kế hoạch (công văn, 2 nhiệm vụ)", run.Error);
        Assert.Contains("Công văn: 77/UBND-VHXH", run.Output);
        Assert.Contains("Hạn: 19/06/2026", run.Output);
        Assert.Contains("Hạn: 14/11/2026", run.Output);
    }

    [Theory]
    [InlineData("THƯ MỜI\nKính mời đồng chí dự họp lúc 8 giờ ngày 10/4/2022.")]
    [InlineData("Biên bản họp chi bộ, không có năm nào.")]
    public async Task Parse_DocumentWithNothingToImport_SaysSoAndExits5(string content)
    {
        var path = Path.Combine(cli.Directory, "khac.txt");
        await File.WriteAllTextAsync(path, content);

        var run = await RunAsync("plans", "parse", path);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("không phải kế hoạch", run.Error);
    }

    [Fact]
    public async Task Import_LetterThatSetsDeadlines_NeedsConfirmation()
    {
        var path = Path.Combine(cli.Directory, "cong-van.txt");
        await File.WriteAllTextAsync(path, CalendarLetter);

        var refused = await RunAsync("plans", "import", path);
        var confirmed = await RunAsync("plans", "import", path, "--confirm");

        Assert.Equal(5, refused.ExitCode);
        Assert.Contains("là công văn, không phải kế hoạch; thêm --confirm", refused.Error);
        Assert.Equal("", refused.Output);
        Assert.Equal(0, confirmed.ExitCode);
        Assert.StartsWith("Đã tạo mới: công văn số 77/UBND-VHXH — 2 nhiệm vụ (0 chưa có hạn)", confirmed.Output);
    }

    public void Dispose() => cli.Dispose();
}
