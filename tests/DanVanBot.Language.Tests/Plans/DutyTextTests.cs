using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

public sealed class DutyTextTests
{
    [Fact]
    public void Sentences_AbbreviationBeforeCapital_DoesNotSplit()
    {
        var sentences = DutyText.Sentences("Tuyên truyền trên địa bàn TP. Hồ Chí Minh. Định kỳ báo cáo về Phòng Nội vụ.");

        Assert.Equal(["Tuyên truyền trên địa bàn TP. Hồ Chí Minh.", "Định kỳ báo cáo về Phòng Nội vụ."], sentences.ToArray());
    }

    [Theory]
    [InlineData("báo cáo Ủy ban nhân dân Quận (qua phòng Nội vụ Quận) cụ thể:", "Phòng Nội vụ")]
    [InlineData("gửi báo cáo về UBND phường (*qua Văn phòng – Thống kê*) để tổng hợp", "Văn phòng - Thống kê")]
    [InlineData("báo cáo gửi Ủy ban nhân dân quận (thông qua phòng Nội vụ quận) tổng hợp", "Phòng Nội vụ")]
    [InlineData("gửi về UBND xã qua Phòng Văn hóa - Xã hội trước ngày 10/6/2026", "Phòng Văn hóa - Xã hội")]
    [InlineData("gửi báo cáo về UBND xã để tổng hợp", null)]
    public void Via_DutySentence_ReadsTheRoute(string sentence, string? expected)
    {
        Assert.Equal(expected, DutyText.Via(PlanParagraphReader.CleanLine(sentence)));
    }

    [Theory]
    [InlineData("báo cáo Ủy ban nhân dân huyện (qua Cơ quan Tổ chức - Nội vụ) về tình hình", "UBND huyện")]
    [InlineData("yêu cầu của UBND thành phố (qua Cơ quan Tổ chức - Nội vụ thành phố)", "UBND thành phố")]
    [InlineData("tổng hợp báo cáo Ủy ban nhân dân Quận kết quả thực hiện", "UBND Quận")]
    [InlineData("trên cơ sở báo cáo của các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường", null)]
    [InlineData("gửi về UBND tỉnh An Giang trước ngày 15/12/2026", "UBND tỉnh An Giang")]
    [InlineData("Định kỳ hằng tháng báo cáo kết quả tuyên truyền về Phòng Nội vụ.", "Phòng Nội vụ")]
    [InlineData("báo cáo về công tác dân vận chính quyền", null)]
    public void Recipient_DutySentence_ReadsTheReceivingCommittee(string sentence, string? expected)
    {
        Assert.Equal(expected, DutyText.Recipient(sentence));
    }
}
