using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>Dates and time words that plans are full of but that are not deadlines.</summary>
public sealed class NonDeadlineTests
{
    [Theory]
    [InlineData("Căn cứ Kết luận số 114-KL/TW ngày 14/7/2021 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận")]
    [InlineData("Căn cứ Nghị định 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ")]
    [InlineData("Thực hiện Quyết định số 1234/QĐ-UBND ngày 12/3/2024 của Ủy ban nhân dân Thành phố")]
    [InlineData("Quận 7, ngày 30 tháng 3 năm 2022")]
    [InlineData("Ba Đình, ngày      tháng 02 năm 2025")]
    [InlineData("hướng tới kỷ niệm 50 năm Ngày Giải phóng miền Nam 30/4/1975–30/4/2025")]
    [InlineData("Chiến lược phát triển giai đoạn 2021 – 2030")]
    [InlineData("Nghị quyết Đại hội nhiệm kỳ 2020-2025")]
    [InlineData("các Quyết định số 737/QĐ-UBND ngày 27/9/2019 của UBND tỉnh về ban hành Quy chế thực hiện dân chủ")]
    [InlineData("Số liệu báo cáo tính đến ngày 14/6/2023.")]
    [InlineData("Thời gian lấy số liệu từ ngày 15/12/2022 đến ngày 14/6/2023")]
    [InlineData("Thực hiện Chỉ thị số 16-CT/TU ngày 20 tháng 5 năm 2021 của Thành ủy")]
    [InlineData("bố trí kinh phí trong dự toán kinh phí hàng năm của cơ quan")]
    [InlineData("Tham mưu thực hiện quy chế dân chủ ở cơ sở theo quy định")]
    [InlineData("thường xuyên theo dõi, định kỳ kiểm tra, giám sát việc thực hiện")]
    [InlineData("định kỳ kiểm tra, giám sát việc thực hiện Quy chế; tổng hợp, báo cáo cấp có thẩm quyền")]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở năm 2022 có hiệu lực")]
    [InlineData("Đến năm 2025, 100% thủ tục hành chính được giải quyết đúng hạn")]
    [InlineData("khắc phục những hạn chế, thiếu sót trong thời gian qua")]
    [InlineData("Kế hoạch số 102/KH-UBND-NV ngày 30/3/2022 của UBND Quận 7")]
    [InlineData("Báo cáo số 45/BC-UBND ngày 15/6/2023 của UBND phường")]
    [InlineData("Chương trình hành động giai đoạn 2022 - 2026 của Huyện ủy")]
    [InlineData("Trong năm 2022, UBND đã tổ chức 12 hội nghị đối thoại")]
    [InlineData("can cu nghi dinh 04/2015/nd-cp ngay 09/01/2015 cua chinh phu")]
    [InlineData("Hướng dẫn số 21-HD/BDVTW ngày 25/6/2019 của Ban Dân vận Trung ương")]
    [InlineData("Báo cáo số 12/BC-UBND ngày 5/4/2025 về kết quả quý I/2025")]
    [InlineData("Số liệu báo cáo tính đến hết quý II")]
    [InlineData("số liệu tính đến hết quý II năm 2025")]
    [InlineData("Báo cáo kết quả thực hiện quý I/2025 của UBND phường")]
    [InlineData("Trong quý I/2025, UBND phường đã tổ chức 3 hội nghị đối thoại")]
    [InlineData("Báo cáo số liệu tính đến cuối mỗi quý")]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND về tổ chức kiểm tra trong quý III/2025")]
    [InlineData("tổ chức kiểm tra vào cuối quý")]
    public void FindAll_NonDeadlineSentence_ReturnsNothing(string sentence)
    {
        Assert.Empty(DeadlinePhraseParser.FindAll(sentence, new PlanPeriod(2022, 2026)));
        Assert.Empty(DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2024)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void FindAll_BlankSentence_ReturnsNothing(string sentence) =>
        Assert.Empty(DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2024)));

    [Fact]
    public void FindAll_CitedDocumentBeforeRealDeadline_ReturnsOnlyTheDeadline()
    {
        const string sentence = "Thực hiện Công văn số 120/UBND ngày 12/3/2024, các đơn vị gửi báo cáo trước ngày 20/3/2024.";

        var match = Assert.Single(DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2024)));

        Assert.Equal("trước ngày 20/3/2024", match.Phrase);
        Assert.Equal(new OneOffDeadline(new DateOnly(2024, 3, 19)), match.Rule);
    }
}
