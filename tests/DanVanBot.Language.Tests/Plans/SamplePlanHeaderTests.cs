namespace DanVanBot.Language.Tests.Plans;

/// <summary>The header fields of the five sample plans and the written fixtures, as docs/domain.md states them.</summary>
public sealed class SamplePlanHeaderTests
{
    [Theory]
    [InlineData("000_a87dec2e8e1edcf9.txt", "102/KH-UBND-NV", "UBND Quận 7", "Quận 7", "30/03/2022", "Thực hiện công tác Dân vận Chính quyền năm 2022", 2022, 2022, "Phòng Nội vụ")]
    [InlineData("001_5323af09cffbc17d.txt", "40/KH-UBND", "UBND huyện Cầu Ngang", "huyện Cầu Ngang", "13/04/2022", "Thực hiện công tác dân vận chính quyền trên địa bàn huyện Cầu Ngang giai đoạn 2022 - 2026", 2022, 2026, "Cơ quan Tổ chức - Nội vụ")]
    [InlineData("002_7bfcb32814c81f86.txt", null, "UBND quận Ba Đình", "quận Ba Đình", null, "Triển khai công tác Dân vận chính quyền năm 2025", 2025, 2025, "Phòng Nội vụ")]
    [InlineData("003_df3c9522d1630c2a.txt", null, "UBND quận Bình Tân", "quận Bình Tân", null, "Về triển khai thực hiện công tác Dân vận chính quyền trên địa bàn quận Bình Tân năm 2024", 2024, 2024, "Phòng Nội vụ")]
    [InlineData("004_e7fe8f861b171733.txt", null, "UBND phường Trương Quang Trọng", "phường Trương Quang Trọng", null, "Thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2023 trên địa bàn phường Trương Quang Trọng", 2023, 2023, "Văn phòng - Thống kê")]
    [InlineData("commune-tan-hoa-2026.txt", "08/KH-UBND", "UBND xã Tân Hòa", "xã Tân Hòa", "12/01/2026", "Thực hiện công tác dân vận chính quyền trên địa bàn xã Tân Hòa năm 2026", 2026, 2026, "Phòng Văn hóa - Xã hội")]
    [InlineData("province-2026-2030.txt", "41/KH-UBND", "UBND tỉnh An Giang", "tỉnh An Giang", "20/01/2026", "Thực hiện công tác dân vận chính quyền trên địa bàn tỉnh giai đoạn 2026 - 2030", 2026, 2030, "Sở Nội vụ")]
    public void Parse_SamplePlan_HeaderMatchesDomainDocument(
        string file, string? number, string issuer, string locality, string? issuedOn, string title, int fromYear, int toYear, string coordinator)
    {
        var plan = PlanFiles.Parse(file);

        Assert.Equal(number, plan.Number);
        Assert.Equal(issuer, plan.Issuer);
        Assert.Equal(locality, plan.Locality);
        Assert.Equal(issuedOn, plan.IssuedOn is null ? null : PlanFiles.Day(plan.IssuedOn));
        Assert.Equal(title, plan.Title);
        Assert.Equal((fromYear, toYear), (plan.Period.FromYear, plan.Period.ToYear));
        Assert.Equal(coordinator, plan.Coordinator);
    }

    [Theory]
    [InlineData("000_a87dec2e8e1edcf9.txt", 3, "Căn cứ Chỉ thị số 04/CT-UBND")]
    [InlineData("001_5323af09cffbc17d.txt", 1, "Thực hiện Kế hoạch số 25/KH-UBND")]
    [InlineData("003_df3c9522d1630c2a.txt", 2, "Căn cứ Chỉ thị số 33/CT-TTg")]
    [InlineData("province-2026-2030.txt", 2, "Căn cứ Chỉ thị số 33/CT-TTg")]
    public void Parse_SamplePlan_ReadsLegalBasesBeforeFirstSection(string file, int count, string firstStart)
    {
        var plan = PlanFiles.Parse(file);

        Assert.Equal(count, plan.LegalBases.Count);
        Assert.StartsWith(firstStart, plan.LegalBases[0], StringComparison.Ordinal);
    }
}
