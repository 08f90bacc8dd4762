using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>
/// Never invent a deadline (issue 14, documents 4): citations of other documents, anniversaries, periods under review,
/// data cut-offs, target horizons, terms of office and past events carry dates, but nobody owes anything on them.
/// Each sentence stands in the body of a công văn that otherwise sets no deadline.
/// </summary>
public sealed class NeverInventTests
{
    [Theory]
    [InlineData("Căn cứ Quyết định số 1158/QĐ-UBND ngày 05/5/2025 của UBND tỉnh ban hành Quy chế tiếp xúc, đối thoại với Nhân dân;")]
    [InlineData("Nhân dịp kỷ niệm 96 năm Ngày truyền thống công tác dân vận (15/10/1930 - 15/10/2026), các đơn vị tuyên truyền sâu rộng.")]
    [InlineData("Kết quả thực hiện từ tháng 01/2025 đến tháng 12/2025 cho thấy công tác dân vận có nhiều chuyển biến.")]
    [InlineData("Ngày 20/3/2026, UBND xã đã tổ chức hội nghị đối thoại với 150 người dân.")]
    [InlineData("Số liệu báo cáo tính đến ngày 14/6/2026.")]
    [InlineData("Số liệu báo cáo quý tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý.")]
    [InlineData("Các ấp đã gửi báo cáo trước ngày 30/4/2026 đúng quy định.")]
    [InlineData("Trong quý I/2026, UBND xã đã tổ chức 03 cuộc đối thoại.")]
    [InlineData("Sau khi nghe báo cáo tình hình thực hiện nhiệm vụ quý I/2026, Chủ tịch UBND xã kết luận.")]
    [InlineData("Đoàn kiểm tra làm việc về việc giải quyết kiến nghị trong giai đoạn từ tháng 01/2025 đến tháng 3/2026.")]
    [InlineData("Phấn đấu đến năm 2030, 100% thủ tục hành chính được giải quyết trực tuyến.")]
    [InlineData("Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030.")]
    [InlineData("Quyết định có hiệu lực thi hành kể từ ngày 10/3/2026.")]
    [InlineData("Năm 2025, xã đã tổ chức 04 cuộc đối thoại (vào các tháng 3, 6, 9 và 12/2025).")]
    [InlineData("Kế hoạch số 33/KH-UBND ngày 14/4/2026: các nội dung chính như sau.")]
    [InlineData("Ngày 14/4/2026, UBND xã ban hành kế hoạch gồm các nội dung: tuyên truyền, kiểm tra.")]
    public void Parse_DateThatIsNoDeadline_GivesNoDatedObligation(string sentence)
    {
        var letter = PlanDocumentParser.Parse(DocumentCases.Letter(sentence));

        Assert.Equal(string.Empty, DocumentCases.Deadlines(letter));
    }
}
