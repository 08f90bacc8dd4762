using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>
/// One deadline phrase per row, as plans write them (with and without diacritics, wrapped lines, odd separators):
/// the phrase found verbatim, the rule it means, and the occurrences it expands to over the plan period.
/// </summary>
public sealed class DeadlinePhraseTableTests
{
    [Theory]
    // Exclusive "trước ngày": the last allowed day is the day before.
    [InlineData("+ Báo cáo 6 tháng: *Trước ngày 01/5/2022*.", 2022, 2022, "Trước ngày 01/5/2022", "OneOff 30/04/2022", "30/04/2022")]
    [InlineData("+ Báo cáo năm 2022: *Trước ngày 30/10/2022*.", 2022, 2022, "Trước ngày 30/10/2022", "OneOff 29/10/2022", "29/10/2022")]
    [InlineData("Gửi báo cáo về UBND phường trước ngày 15/6/2023 để tổng hợp.", 2023, 2023, "trước ngày 15/6/2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("gui bao cao truoc ngay 15/11/2023", 2023, 2023, "truoc ngay 15/11/2023", "OneOff 14/11/2023", "14/11/2023")]
    [InlineData("HOÀN THÀNH TRƯỚC NGÀY 01/12/2023", 2023, 2023, "TRƯỚC NGÀY 01/12/2023", "OneOff 30/11/2023", "30/11/2023")]
    [InlineData("nộp hồ sơ trước ngày 01.3.2024", 2024, 2024, "trước ngày 01.3.2024", "OneOff 29/02/2024", "29/02/2024")]
    [InlineData("trước ngày 01-01-2024 phải có kết quả", 2023, 2023, "trước ngày 01-01-2024", "OneOff 31/12/2023", "31/12/2023")]
    [InlineData("báo cáo trước ngày 1/3/2023", 2023, 2023, "trước ngày 1/3/2023", "OneOff 28/02/2023", "28/02/2023")]
    [InlineData("báo cáo trước ngày 05/07/2023.", 2023, 2023, "trước ngày 05/07/2023", "OneOff 04/07/2023", "04/07/2023")]
    [InlineData("gửi trước ngày 15 tháng 6 năm 2023", 2023, 2023, "trước ngày 15 tháng 6 năm 2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("gửi trước ngày 15 tháng 06, năm 2023", 2023, 2023, "trước ngày 15 tháng 06, năm 2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("gửi về Phòng Nội vụ trước\nngày 15/6/2023.", 2023, 2023, "trước\nngày 15/6/2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("gửi về Phòng Nội vụ trước ngày\u00A015/6/2023.", 2023, 2023, "trước ngày\u00A015/6/2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("gửi trước ngày 15/6/2023¹ về UBND", 2023, 2023, "trước ngày 15/6/2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("gửi trước 15/6/2023", 2023, 2023, "trước 15/6/2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("gửi trước ngày 15 / 6 / 2023", 2023, 2023, "trước ngày 15 / 6 / 2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("Trước  ngày  20/10/2022   gửi báo cáo", 2022, 2022, "Trước  ngày  20/10/2022", "OneOff 19/10/2022", "19/10/2022")]
    [InlineData("chậm nhất trước ngày 15/6/2023", 2023, 2023, "chậm nhất trước ngày 15/6/2023", "OneOff 14/06/2023", "14/06/2023")]
    [InlineData("hạn chót: trước ngày 15/12/2023", 2023, 2023, "hạn chót: trước ngày 15/12/2023", "OneOff 14/12/2023", "14/12/2023")]
    // Inclusive: the stated day itself.
    [InlineData("gửi chậm nhất ngày 15/6/2023", 2023, 2023, "chậm nhất ngày 15/6/2023", "OneOff 15/06/2023", "15/06/2023")]
    [InlineData("chậm nhất là ngày 20/12/2023", 2023, 2023, "chậm nhất là ngày 20/12/2023", "OneOff 20/12/2023", "20/12/2023")]
    [InlineData("chậm nhất vào ngày 05/01/2024", 2023, 2023, "chậm nhất vào ngày 05/01/2024", "OneOff 05/01/2024", "05/01/2024")]
    [InlineData("chậm nhất là vào ngày 10.10.2023", 2023, 2023, "chậm nhất là vào ngày 10.10.2023", "OneOff 10/10/2023", "10/10/2023")]
    [InlineData("cham nhat la ngay 30/9/2023", 2023, 2023, "cham nhat la ngay 30/9/2023", "OneOff 30/09/2023", "30/09/2023")]
    [InlineData("muộn nhất ngày 15/6/2023", 2023, 2023, "muộn nhất ngày 15/6/2023", "OneOff 15/06/2023", "15/06/2023")]
    [InlineData("Hạn chót nộp báo cáo là ngày 30/11/2023.", 2023, 2023, "Hạn chót nộp báo cáo là ngày 30/11/2023", "OneOff 30/11/2023", "30/11/2023")]
    [InlineData("Hạn cuối: 15/12/2023", 2023, 2023, "Hạn cuối: 15/12/2023", "OneOff 15/12/2023", "15/12/2023")]
    [InlineData("Thời hạn hoàn thành: ngày 31/10/2023", 2023, 2023, "Thời hạn hoàn thành: ngày 31/10/2023", "OneOff 31/10/2023", "31/10/2023")]
    [InlineData("gửi về UBND đến hết ngày 25/11/2023", 2023, 2023, "đến hết ngày 25/11/2023", "OneOff 25/11/2023", "25/11/2023")]
    [InlineData("thực hiện đến ngày 20/6/2023", 2023, 2023, "đến ngày 20/6/2023", "OneOff 20/06/2023", "20/06/2023")]
    [InlineData("nộp trong ngày 31/12/2023", 2023, 2023, "trong ngày 31/12/2023", "OneOff 31/12/2023", "31/12/2023")]
    [InlineData("nộp trước hoặc trong ngày 15/6/2023", 2023, 2023, "trước hoặc trong ngày 15/6/2023", "OneOff 15/06/2023", "15/06/2023")]
    [InlineData("nộp trước 17 giờ ngày 15/6/2023", 2023, 2023, "trước 17 giờ ngày 15/6/2023", "OneOff 15/06/2023", "15/06/2023")]
    [InlineData("nộp trước 16h00 ngày 10/12/2023", 2023, 2023, "trước 16h00 ngày 10/12/2023", "OneOff 10/12/2023", "10/12/2023")]
    // No year: every year of the period, or the plan's single year.
    [InlineData("trước ngày 10 tháng 6 hàng năm", 2022, 2026, "trước ngày 10 tháng 6 hàng năm", "Yearly 09/06", "09/06/2022;09/06/2023;09/06/2024;09/06/2025;09/06/2026")]
    [InlineData("năm (trước ngày 25 tháng 11 hằng năm)", 2022, 2026, "trước ngày 25 tháng 11 hằng năm", "Yearly 24/11", "24/11/2022;24/11/2023;24/11/2024;24/11/2025;24/11/2026")]
    [InlineData("báo cáo trước ngày 10/6 hàng năm", 2022, 2026, "trước ngày 10/6 hàng năm", "Yearly 09/06", "09/06/2022;09/06/2023;09/06/2024;09/06/2025;09/06/2026")]
    [InlineData("bao cao truoc ngay 10/6 hang nam", 2022, 2024, "truoc ngay 10/6 hang nam", "Yearly 09/06", "09/06/2022;09/06/2023;09/06/2024")]
    [InlineData("Hằng năm, các đơn vị gửi báo cáo trước ngày 15/12.", 2023, 2025, "trước ngày 15/12", "Yearly 14/12", "14/12/2023;14/12/2024;14/12/2025")]
    [InlineData("Hằng năm, các đơn vị gửi báo cáo trước ngày 15/12.", 2023, 2023, "trước ngày 15/12", "Yearly 14/12", "14/12/2023")]
    [InlineData("gửi báo cáo năm trước ngày 25/11 về UBND quận", 2025, 2025, "trước ngày 25/11", "OneOff 24/11/2025", "24/11/2025")]
    [InlineData("gửi báo cáo năm trước ngày 25/11 về UBND huyện", 2022, 2026, "trước ngày 25/11", "Yearly 24/11", "24/11/2022;24/11/2023;24/11/2024;24/11/2025;24/11/2026")]
    [InlineData("trước ngày 01/3 hàng năm", 2023, 2024, "trước ngày 01/3 hàng năm", "Yearly 29/02", "28/02/2023;29/02/2024")]
    [InlineData("chậm nhất ngày 15 tháng 12 hàng năm", 2024, 2025, "chậm nhất ngày 15 tháng 12 hàng năm", "Yearly 15/12", "15/12/2024;15/12/2025")]
    [InlineData("trước ngày 05.12 hằng năm", 2024, 2025, "trước ngày 05.12 hằng năm", "Yearly 04/12", "04/12/2024;04/12/2025")]
    // Quarterly.
    [InlineData("gửi báo cáo vào giữa các tháng cuối của mỗi quý", 2025, 2025, "vào giữa các tháng cuối của mỗi quý", "Quarterly 15", "15/03/2025;15/06/2025;15/09/2025;15/12/2025")]
    [InlineData("gui bao cao vao giua cac thang cuoi cua moi quy", 2025, 2025, "vao giua cac thang cuoi cua moi quy", "Quarterly 15", "15/03/2025;15/06/2025;15/09/2025;15/12/2025")]
    [InlineData("báo cáo giữa tháng cuối quý", 2024, 2024, "giữa tháng cuối quý", "Quarterly 15", "15/03/2024;15/06/2024;15/09/2024;15/12/2024")]
    [InlineData("báo cáo vào giữa các tháng\ncuối của mỗi quý", 2024, 2024, "vào giữa các tháng\ncuối của mỗi quý", "Quarterly 15", "15/03/2024;15/06/2024;15/09/2024;15/12/2024")]
    [InlineData("gửi trước ngày 20 của tháng cuối quý", 2024, 2024, "trước ngày 20 của tháng cuối quý", "Quarterly 19", "19/03/2024;19/06/2024;19/09/2024;19/12/2024")]
    [InlineData("chậm nhất ngày 18 tháng cuối mỗi quý", 2024, 2024, "chậm nhất ngày 18 tháng cuối mỗi quý", "Quarterly 18", "18/03/2024;18/06/2024;18/09/2024;18/12/2024")]
    [InlineData("chậm nhất ngày 31 tháng cuối quý", 2024, 2024, "chậm nhất ngày 31 tháng cuối quý", "Quarterly 31", "31/03/2024;30/06/2024;30/09/2024;31/12/2024")]
    [InlineData("gửi báo cáo trước ngày 20 tháng cuối mỗi quý", 2025, 2025, "trước ngày 20 tháng cuối mỗi quý", "Quarterly 19", "19/03/2025;19/06/2025;19/09/2025;19/12/2025")]
    [InlineData("gui bao cao truoc ngay 20 cua thang cuoi quy", 2025, 2025, "truoc ngay 20 cua thang cuoi quy", "Quarterly 19", "19/03/2025;19/06/2025;19/09/2025;19/12/2025")]
    // Quarterly, at the end of the quarter: the last day is 31 clamped to each quarter's last month.
    [InlineData("Các đơn vị gửi báo cáo về Phòng Nội vụ vào cuối quý.", 2025, 2025, "vào cuối quý", "Quarterly 31", "31/03/2025;30/06/2025;30/09/2025;31/12/2025")]
    [InlineData("báo cáo kết quả thực hiện cuối mỗi quý", 2024, 2024, "cuối mỗi quý", "Quarterly 31", "31/03/2024;30/06/2024;30/09/2024;31/12/2024")]
    [InlineData("bao cao vao cuoi moi quy", 2023, 2023, "vao cuoi moi quy", "Quarterly 31", "31/03/2023;30/06/2023;30/09/2023;31/12/2023")]
    [InlineData("Định kỳ gửi báo cáo vào cuối hằng quý", 2024, 2025, "vào cuối hằng quý", "Quarterly 31", "31/03/2024;30/06/2024;30/09/2024;31/12/2024;31/03/2025;30/06/2025;30/09/2025;31/12/2025")]
    // Quarter windows: an activity planned within a quarter.
    [InlineData("Phòng Nội vụ tổ chức kiểm tra trong quý III/2025", 2025, 2025, "trong quý III/2025", "Quarter 3/2025", "01/07/2025-30/09/2025")]
    [InlineData("thực hiện trong quý 3 năm 2025", 2025, 2025, "trong quý 3 năm 2025", "Quarter 3/2025", "01/07/2025-30/09/2025")]
    [InlineData("tổ chức hội nghị đối thoại quý I/2026", 2026, 2026, "quý I/2026", "Quarter 1/2026", "01/01/2026-31/03/2026")]
    [InlineData("to chuc kiem tra trong quy iv/2024", 2024, 2024, "trong quy iv/2024", "Quarter 4/2024", "01/10/2024-31/12/2024")]
    [InlineData("dự kiến kiểm tra vào quý II năm 2024", 2024, 2024, "vào quý II năm 2024", "Quarter 2/2024", "01/04/2024-30/06/2024")]
    [InlineData("tiến hành kiểm tra việc thực hiện Quy chế trong quý 1/2024", 2022, 2026, "trong quý 1/2024", "Quarter 1/2024", "01/01/2024-31/03/2024")]
    [InlineData("Tổ chức sơ kết trong quý III", 2023, 2023, "trong quý III", "Quarter 3/2023", "01/07/2023-30/09/2023")]
    [InlineData("tổ chức kiểm tra trong quý\nIV/2025 tại 10 phường", 2025, 2025, "trong quý\nIV/2025", "Quarter 4/2025", "01/10/2025-31/12/2025")]
    [InlineData("hoàn thành trước quý III/2025", 2025, 2025, "trước quý III/2025", "OneOff 30/06/2025", "30/06/2025")]
    // Monthly.
    [InlineData("Báo cáo tháng gửi trước ngày 20 hằng tháng", 2024, 2024, "trước ngày 20 hằng tháng", "Monthly 19", "19/01/2024;19/02/2024;19/03/2024;19/04/2024;19/05/2024;19/06/2024;19/07/2024;19/08/2024;19/09/2024;19/10/2024;19/11/2024;19/12/2024")]
    [InlineData("chậm nhất ngày 31 hàng tháng", 2023, 2023, "chậm nhất ngày 31 hàng tháng", "Monthly 31", "31/01/2023;28/02/2023;31/03/2023;30/04/2023;31/05/2023;30/06/2023;31/07/2023;31/08/2023;30/09/2023;31/10/2023;30/11/2023;31/12/2023")]
    // Month windows.
    [InlineData("(dự kiến thực hiện kiểm tra trong tháng 10/2022)", 2022, 2022, "dự kiến thực hiện kiểm tra trong tháng 10/2022", "Month 10/2022", "01/10/2022-31/10/2022")]
    [InlineData("tổ chức hội nghị trong tháng 10/2022", 2022, 2022, "trong tháng 10/2022", "Month 10/2022", "01/10/2022-31/10/2022")]
    [InlineData("tổ chức trong tháng 9 năm 2024", 2024, 2024, "trong tháng 9 năm 2024", "Month 9/2024", "01/09/2024-30/09/2024")]
    [InlineData("dự kiến tháng 11/2023", 2023, 2023, "dự kiến tháng 11/2023", "Month 11/2023", "01/11/2023-30/11/2023")]
    [InlineData("thực hiện kiểm tra tháng 8/2023 tại 10 phường", 2023, 2023, "kiểm tra tháng 8/2023", "Month 8/2023", "01/08/2023-31/08/2023")]
    [InlineData("tổ chức sơ kết vào tháng 12/2023", 2023, 2023, "vào tháng 12/2023", "Month 12/2023", "01/12/2023-31/12/2023")]
    [InlineData("tổ chức đối thoại trong tháng 2", 2024, 2024, "trong tháng 2", "Month 2/2024", "01/02/2024-29/02/2024")]
    [InlineData("to chuc trong thang 7.2023", 2023, 2023, "trong thang 7.2023", "Month 7/2023", "01/07/2023-31/07/2023")]
    [InlineData("hoàn thành trước tháng 6/2023", 2023, 2023, "trước tháng 6/2023", "OneOff 31/05/2023", "31/05/2023")]
    // Cadence without a date.
    [InlineData("- Định kỳ hàng quý, 6 tháng, năm 2022 trên cơ sở báo cáo của các đơn vị", 2022, 2022, "Định kỳ hàng quý, 6 tháng, năm 2022", "Cadence Quarterly, SixMonthly, Yearly", "Quý 1/2022;Quý 2/2022;6 tháng 2022;Quý 3/2022;Quý 4/2022;Năm 2022")]
    [InlineData("thực hiện chế độ báo cáo định kỳ 6 tháng, năm, gửi về UBND phường", 2023, 2023, "định kỳ 6 tháng, năm", "Cadence SixMonthly, Yearly", "6 tháng 2023;Năm 2023")]
    [InlineData("dinh ky 6 thang va nam", 2023, 2024, "dinh ky 6 thang va nam", "Cadence SixMonthly, Yearly", "6 tháng 2023;Năm 2023;6 tháng 2024;Năm 2024")]
    [InlineData("báo cáo số liệu định kỳ hàng quý, 6 tháng, 9 tháng, 01 năm", 2023, 2023, "định kỳ hàng quý, 6 tháng, 9 tháng, 01 năm", "Cadence Quarterly, SixMonthly, NineMonthly, Yearly", "Quý 1/2023;Quý 2/2023;6 tháng 2023;Quý 3/2023;9 tháng 2023;Quý 4/2023;Năm 2023")]
    [InlineData("Hằng tháng, Văn phòng tổng hợp tình hình", 2023, 2023, "Hằng tháng", "Cadence Monthly", "Tháng 1/2023;Tháng 2/2023;Tháng 3/2023;Tháng 4/2023;Tháng 5/2023;Tháng 6/2023;Tháng 7/2023;Tháng 8/2023;Tháng 9/2023;Tháng 10/2023;Tháng 11/2023;Tháng 12/2023")]
    [InlineData("định kỳ hằng quý báo cáo Chủ tịch", 2024, 2024, "định kỳ hằng quý", "Cadence Quarterly", "Quý 1/2024;Quý 2/2024;Quý 3/2024;Quý 4/2024")]
    [InlineData("Hàng năm xây dựng kế hoạch kiểm tra việc thực hiện", 2022, 2023, "Hàng năm", "Cadence Yearly", "Năm 2022;Năm 2023")]
    [InlineData("có trách nhiệm thực hiện và định kỳ báo cáo gửi Ủy ban nhân dân quận", 2024, 2024, "định kỳ", "Cadence None", "")]
    // Working days.
    [InlineData("gửi giấy mời trước 5 ngày làm việc", 2023, 2023, "trước 5 ngày làm việc", "WorkingDaysBefore 5 | ", "")]
    [InlineData("gửi tài liệu trước 05 (năm) ngày làm việc", 2023, 2023, "trước 05 (năm) ngày làm việc", "WorkingDaysBefore 5 | ", "")]
    [InlineData("gửi tài liệu trước ngày tổ chức hội nghị 05 ngày làm việc", 2023, 2023, "trước ngày tổ chức hội nghị 05 ngày làm việc", "WorkingDaysBefore 5 | ngày tổ chức hội nghị", "")]
    [InlineData("thông báo chậm nhất 03 ngày làm việc trước ngày họp.", 2023, 2023, "chậm nhất 03 ngày làm việc trước ngày họp", "WorkingDaysBefore 3 | ngày họp", "")]
    [InlineData("trả lời trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản.", 2023, 2023, "trong vòng 10 ngày làm việc", "WorkingDaysWithin 10 | kể từ ngày nhận được văn bản", "")]
    [InlineData("giải quyết trong thời hạn 07 ngày làm việc", 2023, 2023, "trong thời hạn 07 ngày làm việc", "WorkingDaysWithin 7 | ", "")]
    [InlineData("phản hồi trong vòng năm ngày làm việc", 2023, 2023, "trong vòng năm ngày làm việc", "WorkingDaysWithin 5 | ", "")]
    [InlineData("gui truoc 3 ngay lam viec", 2023, 2023, "truoc 3 ngay lam viec", "WorkingDaysBefore 3 | ", "")]
    public void FindAll_DeadlinePhrase_ReturnsRuleAndOccurrences(
        string sentence, int fromYear, int toYear, string phrase, string rule, string occurrences)
    {
        var period = new PlanPeriod(fromYear, toYear);

        var matches = DeadlinePhraseParser.FindAll(sentence, period);

        var match = Assert.Single(matches, m => m.Phrase == phrase);
        Assert.Equal(sentence.Substring(match.Start, match.Length), match.Phrase);
        Assert.Equal(rule, RuleText.Describe(match.Rule));
        Assert.Equal(occurrences, RuleText.Describe(match.Rule.Expand(period)));
    }
}
