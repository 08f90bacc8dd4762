using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

public sealed class ReportCadenceTests
{
    [Theory]
    [InlineData("+ Báo cáo 6 tháng: Trước ngày 01/5/2022.", Cadence.SixMonthly)]
    [InlineData("+ Báo cáo năm 2022: Trước ngày 30/10/2022.", Cadence.Yearly)]
    [InlineData("gửi báo cáo quý về Phòng Nội vụ", Cadence.Quarterly)]
    [InlineData("bao cao 06 thang dau nam", Cadence.SixMonthly)]
    [InlineData("Báo cáo tháng gửi trước ngày 20 hằng tháng", Cadence.Monthly)]
    [InlineData("báo cáo 9 tháng", Cadence.NineMonthly)]
    [InlineData("báo cáo kết quả thực hiện công tác dân vận 06 tháng, năm và sơ, tổng kết", Cadence.SixMonthly | Cadence.Yearly)]
    [InlineData("Thực hiện chế độ báo cáo kết quả thực hiện định kỳ 6 tháng, năm, gửi báo cáo về UBND phường", Cadence.SixMonthly | Cadence.Yearly)]
    [InlineData("tổng hợp báo cáo hàng quý, 6 tháng, 9 tháng và năm", Cadence.Quarterly | Cadence.SixMonthly | Cadence.NineMonthly | Cadence.Yearly)]
    [InlineData("BÁO CÁO SƠ KẾT 6 THÁNG", Cadence.SixMonthly)]
    [InlineData("tổ chức tổng kết năm", Cadence.Yearly)]
    public void FindReportCadence_NamedReports_ReturnsTheirCadences(string sentence, Cadence expected) =>
        Assert.Equal(expected, DeadlinePhraseParser.FindReportCadence(sentence));

    [Theory]
    [InlineData("Báo cáo gửi về UBND quận qua Phòng Nội vụ")]
    [InlineData("báo cáo theo quy định")]
    [InlineData("báo cáo trong tháng")]
    [InlineData("Xây dựng kế hoạch năm 2024")]
    [InlineData("Các Phường định kỳ 6 tháng, năm có Chương trình làm việc với Mặt trận Tổ quốc")]
    [InlineData("")]
    public void FindReportCadence_NoReportCadence_ReturnsNull(string sentence) =>
        Assert.Null(DeadlinePhraseParser.FindReportCadence(sentence));
}
