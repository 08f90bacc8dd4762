namespace DanVanBot.Language.Tests.Plans;

/// <summary>The units each plan gives duties to, in document order, with their roles.</summary>
public sealed class SamplePlanUnitTests
{
    // Flags: C = coordinator, R = request only, G = group (with its size when stated, e.g. G10).
    public static TheoryData<string, string[]> Plans => new()
    {
        { "000_a87dec2e8e1edcf9.txt", ["Phòng Nội vụ C", "Các cơ quan, đơn vị thuộc Quận G", "UBND 10 Phường G10"] },
        { "001_5323af09cffbc17d.txt", ["Cơ quan Tổ chức - Nội vụ C", "Các cơ quan, đơn vị, địa phương G", "Ban Dân vận Huyện ủy R"] },
        {
            "002_7bfcb32814c81f86.txt",
            ["Phòng Nội vụ C", "UBND các phường G", "Các phòng chuyên môn thuộc quận G", "Các đơn vị sự nghiệp công lập thuộc quận G", "Ủy ban MTTQ R", "Các tổ chức chính trị - xã hội RG"]
        },
        {
            "003_df3c9522d1630c2a.txt",
            [
                "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc quận G", "UBND 10 phường G10", "Trung tâm Văn hóa - Thể dục Thể thao quận",
                "Văn phòng UBND quận", "Phòng Nội vụ C", "Thanh tra quận", "Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị",
            ]
        },
        {
            // Section III is numbered 1, 2, 3, 5, 6, 4, 6, 7: every unit is still read, in document order.
            "004_e7fe8f861b171733.txt",
            [
                "Văn phòng - Thống kê C", "Tư pháp - Hộ tịch", "Văn hóa - Xã hội", "Tài chính - Kế toán", "Địa chính - Xây dựng",
                "Ban biên tập Trang thông tin điện tử", "Ban chỉ huy Quân sự", "Công an phường", "UBMT Tổ quốc Việt Nam R", "Các đoàn thể chính trị - xã hội RG",
            ]
        },
        {
            "commune-tan-hoa-2026.txt",
            ["Phòng Văn hóa - Xã hội C", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Ủy ban Mặt trận Tổ quốc Việt Nam xã R", "Các tổ chức chính trị - xã hội xã RG"]
        },
        {
            "province-2026-2030.txt",
            ["Sở Nội vụ C", "Các sở, ban, ngành tỉnh G", "UBND các xã, phường G", "Sở Tài chính", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh R"]
        },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Parse_Plan_ReadsUnitsWithTheirRoles(string file, string[] expected)
    {
        var plan = PlanFiles.Parse(file);

        var actual = plan.Units.Select(u =>
        {
            var flags = (u.IsCoordinator ? "C" : "") + (u.IsRequestOnly ? "R" : "") + (u.IsGroup ? "G" + u.GroupSize : "");
            return flags.Length == 0 ? u.Name : u.Name + " " + flags;
        });
        Assert.Equal(expected, actual.ToArray());
        Assert.All(plan.Units, u => Assert.NotEmpty(u.SourceLines));
    }

    [Fact]
    public void Parse_WardPlanWithOutOfOrderNumbering_KeepsPrintedSectionNumbers()
    {
        var plan = PlanFiles.Parse("004_e7fe8f861b171733.txt");

        var paths = plan.Obligations.Where(o => o.NeedsDate).Select(o => o.SectionPath).Distinct();
        Assert.Equal(["III.2", "III.3", "III.5", "III.6", "III.4"], paths.ToArray());
    }
}
