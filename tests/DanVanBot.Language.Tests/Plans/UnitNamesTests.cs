using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

public sealed class UnitNamesTests
{
    [Theory]
    [InlineData("Các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường", "Các cơ quan, đơn vị thuộc Quận|UBND 10 Phường")]
    [InlineData("Các phòng chuyên môn thuộc quận, các đơn vị sự nghiệp công lập thuộc quận", "Các phòng chuyên môn thuộc quận|Các đơn vị sự nghiệp công lập thuộc quận")]
    [InlineData("Đề nghị Ủy ban MTTQ và các tổ chức chính trị - xã hội", "Ủy ban MTTQ|Các tổ chức chính trị - xã hội")]
    [InlineData("Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã")]
    [InlineData("Phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường")]
    [InlineData("Công chức Tư pháp – Hộ tịch", "Tư pháp - Hộ tịch")]
    [InlineData("Phòng Nội vụ quận", "Phòng Nội vụ")]
    [InlineData("Văn phòng Ủy ban nhân dân quận", "Văn phòng UBND quận")]
    [InlineData("Các sở, ban, ngành tỉnh và UBND các xã, phường:", "Các sở, ban, ngành tỉnh|UBND các xã, phường")]
    [InlineData("Sở Nội vụ, Sở Tài chính", "Sở Nội vụ|Sở Tài chính")]
    public void Split_Heading_ReturnsTidyUnitNames(string heading, string expected)
    {
        Assert.Equal(expected.Split('|'), UnitNames.Split(heading).ToArray());
    }

    [Theory]
    [InlineData("Phòng Nội vụ", true)]
    [InlineData("Tư pháp – Hộ tịch", true)]
    [InlineData("Đề nghị Ban Dân vận Huyện ủy", true)]
    [InlineData("UBND các phường", true)]
    [InlineData("Báo cáo 6 tháng", false)]
    [InlineData("Tổ chức Hội nghị đối thoại", false)]
    [InlineData("Ngoài các nội dung phải thực hiện tại Mục 1. Người đứng đầu các cơ quan", false)]
    public void LooksLikeUnit_Text_TellsUnitsFromDuties(string text, bool expected)
    {
        Assert.Equal(expected, UnitNames.LooksLikeUnit(text));
    }

    [Theory]
    [InlineData("UBND 10 Phường", true, 10)]
    [InlineData("UBND các xã, phường", true, null)]
    [InlineData("Các cơ quan, đơn vị, địa phương", true, null)]
    [InlineData("Phòng Nội vụ", false, null)]
    public void GroupOf_Name_TellsGroupsAndTheirSize(string name, bool isGroup, int? size)
    {
        Assert.Equal((isGroup, size), UnitNames.GroupOf(name));
    }
}
