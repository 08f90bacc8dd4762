using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

/// <summary>Header variants beyond the samples: blank fields stay null, letterheads and announcements give the issuer.</summary>
public sealed class PlanHeaderTests
{
    private const string Body = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n";

    [Theory]
    [InlineData("Số: /KH-UBND", null)]
    [InlineData("Số:      /KH-UBND", null)]
    [InlineData("Số: 40 /KH-UBND", "40/KH-UBND")]
    [InlineData("Số: 102/KH-UBND-NV", "102/KH-UBND-NV")]
    public void Parse_NumberLine_ReadsNumberOrNull(string line, string? expected)
    {
        var plan = PlanDocumentParser.Parse($"{line}\nBa Đình, ngày 03 tháng 02 năm 2025\nKẾ HOẠCH\nTriển khai công tác dân vận năm 2025{Body}");

        Assert.Equal(expected, plan.Number);
    }

    [Theory]
    [InlineData("Ba Đình, ngày   tháng 02 năm 2025", null)]
    [InlineData("Ba Đình, ngày 03 tháng 02 năm 2025", "2025-02-03")]
    [InlineData("Ba Đình, ngày 3 tháng 2 năm 2025", "2025-02-03")]
    [InlineData("Ba Đình, ngày 31 tháng 02 năm 2025", null)]
    public void Parse_DateLine_ReadsDayOrNullWhenBlank(string line, string? expected)
    {
        var plan = PlanDocumentParser.Parse($"Số: 5/KH-UBND\n{line}\nKẾ HOẠCH\nTriển khai công tác dân vận năm 2025{Body}");

        Assert.Equal(expected, plan.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n", "An Phú", "UBND xã An Phú")]
    [InlineData("ỦY BAN NHÂN DÂN\nQUẬN 7\n", "Quận 7", "UBND Quận 7")]
    [InlineData("", "Cầu Ngang", "UBND huyện Cầu Ngang")]
    public void Parse_Letterhead_NamesIssuer(string letterhead, string place, string expected)
    {
        var text = $"{letterhead}Số: 5/KH-UBND\n{place}, ngày 03 tháng 02 năm 2025\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n" +
                   "Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:" + Body;

        Assert.Equal(expected, PlanDocumentParser.Parse(text).Issuer);
    }

    [Fact]
    public void Parse_TitleWithoutYear_TakesYearFromDateLine()
    {
        var plan = PlanDocumentParser.Parse($"Số: 5/KH-UBND\nAn Phú, ngày 03 tháng 02 năm 2027\nKẾ HOẠCH\nThực hiện công tác dân vận chính quyền{Body}");

        Assert.Equal((2027, 2027), (plan.Period.FromYear, plan.Period.ToYear));
    }

    [Fact]
    public void Parse_NoYearAnywhere_ThrowsFormatExceptionInVietnamese()
    {
        var error = Assert.Throws<FormatException>(() => PlanDocumentParser.Parse("KẾ HOẠCH\nThực hiện công tác dân vận" + Body));

        Assert.Contains("năm", error.Message, StringComparison.Ordinal);
    }
}

public sealed class PlanTextFormatTests
{
    [Fact]
    public void Parse_WindowsLineEndings_GiveTheSameExtraction()
    {
        var text = File.ReadAllText(PlanFiles.Sample("000_a87dec2e8e1edcf9.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var unix = PlanDocumentParser.Parse(text);
        var windows = PlanDocumentParser.Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(unix.Obligations.Select(PlanFiles.Line), windows.Obligations.Select(PlanFiles.Line));
        Assert.Equal(unix.Obligations.Select(o => o.SourceLines), windows.Obligations.Select(o => o.SourceLines));
    }

    [Fact]
    public void Parse_TitleOnTheDocumentTypeLine_ReadsIt()
    {
        var plan = PlanDocumentParser.Parse("Số: 3/KH-UBND\nKẾ HOẠCH Thực hiện công tác dân vận chính quyền năm 2026\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.");

        Assert.Equal("Thực hiện công tác dân vận chính quyền năm 2026", plan.Title);
        Assert.Equal(2026, plan.Period.FromYear);
    }
}

public sealed class PlanPeriodTests
{
    [Theory]
    [InlineData("Thực hiện công tác dân vận chính quyền giai đoạn 2022 - 2026", 2022, 2026)]
    [InlineData("Thực hiện công tác dân vận chính quyền năm 2025 - 2026", 2025, 2026)]
    [InlineData("Thực hiện công tác dân vận chính quyền từ năm 2026 đến năm 2030", 2026, 2030)]
    [InlineData("Thực hiện công tác dân vận chính quyền năm 2024", 2024, 2024)]
    public void Parse_Title_GivesPlanPeriod(string title, int fromYear, int toYear)
    {
        var plan = PlanDocumentParser.Parse($"KẾ HOẠCH\n{title}\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.");

        Assert.Equal((fromYear, toYear), (plan.Period.FromYear, plan.Period.ToYear));
    }
}
