namespace DanVanBot.Language.Tests.Plans;

/// <summary>
/// Acceptance: every obligation of each plan, exactly. Dated ones carry exactly the last allowed days of
/// docs/domain.md (every year of a multi-year period); undated periodic duties are flagged "needs date"; and no
/// other date appears — cited decrees, anniversaries and periods such as 2021 – 2030 must not become deadlines.
/// Line format: description (first 50 chars) | units | recipient | via | due dates | window | cadence | needs date.
/// </summary>
public sealed class SamplePlanObligationTests
{
    public static TheoryData<string, string[]> Plans => new()
    {
        {
            "000_a87dec2e8e1edcf9.txt",
            [
                "Tham mưu Ủy ban nhân dân Quận ban hành Kế hoạch ki | Phòng Nội vụ | UBND Quận | - | 31/10/2022 | 01/10/2022-31/10/2022 | - | dated",
                "Định kỳ hàng quý, 6 tháng, năm 2022 trên cơ sở báo | Phòng Nội vụ | UBND Quận | - | - | - | quarterly,sixMonthly,yearly | needs date",
                "Xây dựng Kế hoạch thực hiện công tác Dân vận Chính | Các cơ quan, đơn vị thuộc Quận; UBND 10 Phường | - | - | - | - | - | needs date",
                "Báo cáo 6 tháng | Các cơ quan, đơn vị thuộc Quận; UBND 10 Phường | UBND Quận | Phòng Nội vụ | 30/04/2022 | - | sixMonthly | dated",
                "Báo cáo năm 2022 | Các cơ quan, đơn vị thuộc Quận; UBND 10 Phường | UBND Quận | Phòng Nội vụ | 29/10/2022 | - | yearly | dated",
            ]
        },
        {
            "001_5323af09cffbc17d.txt",
            [
                "Tham mưu Ủy ban nhân dân huyện thực hiện chế độ th | Cơ quan Tổ chức - Nội vụ | UBND huyện | - | - | - | sixMonthly,yearly | needs date",
                "Xây dựng kế hoạch thực hiện công tác dân vận chính | Các cơ quan, đơn vị, địa phương | - | - | - | - | yearly | needs date",
                "Hàng năm xây dựng kế hoạch kiểm tra việc thực hiện | Các cơ quan, đơn vị, địa phương | - | - | - | - | yearly | needs date",
                "Báo cáo 06 tháng | Các cơ quan, đơn vị, địa phương | UBND huyện | Cơ quan Tổ chức - Nội vụ | 09/06/2022, 09/06/2023, 09/06/2024, 09/06/2025, 09/06/2026 | - | sixMonthly | dated",
                "Báo cáo năm | Các cơ quan, đơn vị, địa phương | UBND huyện | Cơ quan Tổ chức - Nội vụ | 24/11/2022, 24/11/2023, 24/11/2024, 24/11/2025, 24/11/2026 | - | yearly | dated",
            ]
        },
        {
            "002_7bfcb32814c81f86.txt",
            [
                "Các đơn vị gửi báo cáo tình hình công tác dân vận  | Các đơn vị | UBND quận | Phòng Nội vụ | 15/03/2025, 15/06/2025, 15/09/2025, 15/12/2025 | - | quarterly | dated",
                "Gửi báo cáo năm | Các đơn vị | UBND quận | Phòng Nội vụ | 24/11/2025 | - | yearly | dated",
                "Phối hợp với phòng Nội vụ hoàn thành các báo cáo q | Các phòng chuyên môn thuộc quận; Các đơn vị sự nghiệp công lập thuộc quận | - | - | - | - | quarterly,yearly | needs date",
            ]
        },
        {
            "003_df3c9522d1630c2a.txt",
            [
                "Căn cứ nội dung Kế hoạch này, Thủ trưởng các cơ qu | Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc quận; UBND 10 phường | - | - | - | - | - | needs date",
                "Ngoài các nội dung phải thực hiện tại Mục 1, người | Văn phòng UBND quận; Phòng Nội vụ; Thanh tra quận; Phòng Tài nguyên và Môi trường; Phòng Quản lý đô thị | UBND quận | Phòng Nội vụ | - | - | periodic | needs date",
            ]
        },
        {
            "004_e7fe8f861b171733.txt",
            [
                "Báo cáo 6 tháng | Văn phòng - Thống kê | UBND thành phố | Cơ quan Tổ chức - Nội vụ thành phố | 14/06/2023 | - | sixMonthly | dated",
                "Báo cáo năm | Văn phòng - Thống kê | UBND thành phố | Cơ quan Tổ chức - Nội vụ thành phố | 14/11/2023 | - | yearly | dated",
                "Hoàn thiện hồ sơ minh chứng, kèm theo báo cáo giải | Văn phòng - Thống kê | UBND thành phố | Cơ quan Tổ chức - Nội vụ thành phố | 30/11/2023 | - | - | dated",
                "Thực hiện chế độ báo cáo số liệu định kỳ hàng quý, | Tư pháp - Hộ tịch | - | - | - | - | quarterly,sixMonthly,nineMonthly,yearly | needs date",
                "Thực hiện chế độ báo cáo kết quả thực hiện định kỳ | Tư pháp - Hộ tịch | UBND phường | Văn phòng - Thống kê | - | - | sixMonthly,yearly | needs date",
                "Thực hiện chế độ báo cáo kết quả thực hiện định kỳ | Văn hóa - Xã hội | UBND phường | Văn phòng - Thống kê | - | - | sixMonthly,yearly | needs date",
                "Thực hiện chế độ báo cáo kết quả thực hiện định kỳ | Tài chính - Kế toán | UBND phường | Văn phòng - Thống kê | - | - | sixMonthly,yearly | needs date",
                "Thực hiện chế độ báo cáo kết quả thực hiện định kỳ | Địa chính - Xây dựng | UBND phường | Văn phòng - Thống kê | - | - | sixMonthly,yearly | needs date",
                "Thực hiện chế độ báo cáo kết quả thực hiện định kỳ | Ban biên tập Trang thông tin điện tử | UBND phường | Văn phòng - Thống kê | - | - | sixMonthly,yearly | needs date",
            ]
        },
        {
            "commune-tan-hoa-2026.txt",
            [
                "Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã v |  | - | - | 30/09/2026 | 01/09/2026-30/09/2026 | - | dated",
                "Báo cáo 6 tháng | Phòng Văn hóa - Xã hội | UBND tỉnh | Sở Nội vụ | 19/06/2026 | - | sixMonthly | dated",
                "Báo cáo năm | Phòng Văn hóa - Xã hội | UBND tỉnh | Sở Nội vụ | 19/11/2026 | - | yearly | dated",
                "Định kỳ hằng quý báo cáo kết quả tiếp công dân, gi | Văn phòng HĐND và UBND xã | UBND xã | Phòng Văn hóa - Xã hội | - | - | quarterly | needs date",
                "Báo cáo 6 tháng | Phòng Kinh tế | UBND xã | Phòng Văn hóa - Xã hội | 09/06/2026 | - | sixMonthly | dated",
                "Báo cáo năm | Phòng Kinh tế | UBND xã | Phòng Văn hóa - Xã hội | 09/11/2026 | - | yearly | dated",
            ]
        },
        {
            "province-2026-2030.txt",
            [
                "Tham mưu UBND tỉnh tổ chức sơ kết giữa kỳ thực hiệ | Sở Nội vụ | UBND tỉnh | - | 31/12/2028 | 01/12/2028-31/12/2028 | - | dated",
                "Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện c | Các sở, ban, ngành tỉnh; UBND các xã, phường | - | - | - | - | yearly | needs date",
                "Báo cáo 6 tháng | Các sở, ban, ngành tỉnh; UBND các xã, phường | UBND tỉnh | Sở Nội vụ | 14/06/2026, 14/06/2027, 14/06/2028, 14/06/2029, 14/06/2030 | - | sixMonthly | dated",
                "Báo cáo năm | Các sở, ban, ngành tỉnh; UBND các xã, phường | UBND tỉnh | Sở Nội vụ | 14/11/2026, 14/11/2027, 14/11/2028, 14/11/2029, 14/11/2030 | - | yearly | dated",
            ]
        },
        {
            // A district plan with a shared duty before the first item, "1. Phòng Nội vụ:" headings, a working-day
            // deadline (no calendar date, so it needs one) and a monthly cadence.
            "district-phu-tan-2025.txt",
            [
                "Tổ chức Hội nghị sơ kết 02 năm thi hành Luật Thực  |  | - | - | 30/09/2025 | 01/09/2025-30/09/2025 | - | dated",
                "Các cơ quan, đơn vị gửi báo cáo tình hình thực hiệ | Các cơ quan, đơn vị | UBND huyện | Phòng Nội vụ | 04/12/2025 | - | - | dated",
                "Tổng hợp báo cáo UBND huyện, Sở Nội vụ | Phòng Nội vụ | UBND huyện | - | 14/12/2025 | - | - | dated",
                "Gửi giấy mời dự Hội nghị sơ kết | Phòng Nội vụ | - | - | - | - | - | needs date",
                "Định kỳ hằng tháng báo cáo kết quả tuyên truyền về | Phòng Văn hóa và Thông tin; Trung tâm Văn hóa, Thể thao và Truyền thanh huyện | Phòng Nội vụ | - | - | - | monthly | needs date",
                "Xây dựng kế hoạch thực hiện năm 2025, gửi về UBND  | UBND các xã, thị trấn | UBND huyện | Phòng Nội vụ | 30/03/2025 | - | - | dated",
                "Báo cáo kết quả 6 tháng, năm theo quy định | UBND các xã, thị trấn | - | - | - | - | sixMonthly,yearly | needs date",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Parse_Plan_ExtractsExactlyTheExpectedObligations(string file, string[] expected)
    {
        var plan = PlanFiles.Parse(file);

        Assert.Equal(expected, plan.Obligations.Select(PlanFiles.Line).ToArray());
    }

    [Theory]
    [InlineData("000_a87dec2e8e1edcf9.txt", "Trước ngày 01/5/2022", "III.2", new[] { 120, 122 })]
    [InlineData("000_a87dec2e8e1edcf9.txt", "dự kiến thực hiện kiểm tra trong tháng 10/2022", "III.1", new[] { 112 })]
    [InlineData("001_5323af09cffbc17d.txt", "trước ngày 25 tháng 11 hàng năm", "IV.2", new[] { 111 })]
    [InlineData("002_7bfcb32814c81f86.txt", "vào giữa các tháng cuối của mỗi quý", "II.4", new[] { 66 })]
    [InlineData("004_e7fe8f861b171733.txt", "trước ngày 01/12/2023", "III.1", new[] { 73 })]
    [InlineData("province-2026-2030.txt", "trước ngày 15 tháng 6 hằng năm", "III.2.b", new[] { 53 })]
    public void Parse_DatedObligation_KeepsVerbatimPhraseSectionAndSourceLines(string file, string phrase, string section, int[] lines)
    {
        var plan = PlanFiles.Parse(file);

        var obligation = Assert.Single(plan.Obligations, o => o.Phrase == phrase);
        Assert.Equal(section, obligation.SectionPath);
        Assert.Equal(lines, obligation.SourceLines);
        var source = string.Join(' ', lines.Select(l => plan.SourceLines[l - 1]));
        Assert.Contains(phrase, source.Replace("*", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("003_df3c9522d1630c2a.txt")]
    [InlineData("002_7bfcb32814c81f86.txt")]
    public void Parse_PlanCitingDatedDocuments_ReportsNoDateOutsideItsDeadlines(string file)
    {
        var plan = PlanFiles.Parse(file);

        // Cited decrees (12/3/2024, 09/5/2024…) and anniversaries (30/4/1975-30/4/2025) are not deadlines.
        var dates = plan.Obligations.SelectMany(o => o.DueDates).ToList();
        Assert.All(dates, d => Assert.Equal(plan.Period.FromYear, d.Year));
        Assert.DoesNotContain(plan.Obligations, o => o.Phrase is not null && o.Phrase.Contains("1975", StringComparison.Ordinal));
    }
}
