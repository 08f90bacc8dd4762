using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

public sealed class PlanParagraphReaderTests
{
    private static IReadOnlyList<PlanParagraph> Read(string text) => PlanParagraphReader.Read(text.Split('\n'));

    [Fact]
    public void Read_PageBreakInsideSentence_JoinsBothHalvesAndKeepsLineNumbers()
    {
        var paragraphs = Read("- Tiếp tục đổi mới công tác\n\ntôn giáo và nâng cao hiệu quả.\n\n- Công khai các quy định.");

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("Tiếp tục đổi mới công tác tôn giáo và nâng cao hiệu quả.", paragraphs[0].Text);
        Assert.Equal([1, 3], paragraphs[0].Lines);
    }

    [Fact]
    public void Read_FootnoteBetweenHalves_DropsFootnoteAndMarkers()
    {
        var paragraphs = Read("- Thực hiện Chỉ thị số 05-CT/TW ngày 15 tháng¹\n\n¹ Chủ đề năm của Thành phố.\n\n5 năm 2016 của Bộ Chính trị.");

        var paragraph = Assert.Single(paragraphs);
        Assert.Equal("Thực hiện Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016 của Bộ Chính trị.", paragraph.Text);
        Assert.Equal([1, 5], paragraph.Lines);
    }

    [Fact]
    public void Read_LongLineCutBeforeCapitalisedWord_JoinsContinuation()
    {
        var longLine = "- " + string.Concat(Enumerable.Repeat("vận động Nhân dân tham gia góp ý xây dựng, ", 6)) + "Quyết định của Mặt trận Tổ quốc";

        var paragraphs = Read(longLine + "\n\nViệt Nam, các đoàn thể chính trị - xã hội.");

        var paragraph = Assert.Single(paragraphs);
        Assert.EndsWith("Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội.", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortHeadingFollowedByCapitalisedText_KeepsThemApart()
    {
        var paragraphs = Read("1. Công tác tuyên truyền\n\nThực hiện tốt công tác tuyên truyền.");

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(ParagraphKind.Numbered, paragraphs[0].Kind);
        Assert.Equal(ParagraphKind.Plain, paragraphs[1].Kind);
    }

    [Theory]
    [InlineData("III. TỔ CHỨC THỰC HIỆN", "Roman", "III", "TỔ CHỨC THỰC HIỆN")]
    [InlineData("5. Công chức Tài chính – Kế toán", "Numbered", "5", "Công chức Tài chính – Kế toán")]
    [InlineData("đ) Phòng Quản lý đô thị", "Lettered", "đ", "Phòng Quản lý đô thị")]
    [InlineData("+ Báo cáo 6 tháng: *Trước ngày 01/5/2022*.", "Bullet", "+", "Báo cáo 6 tháng: Trước ngày 01/5/2022.")]
    [InlineData("– Phối hợp kiểm tra.", "Bullet", "-", "Phối hợp kiểm tra.")]
    [InlineData("Ix. Không phải tiêu đề", "Plain", "", "Ix. Không phải tiêu đề")]
    [InlineData("2025, tầm nhìn đến năm 2030", "Plain", "", "2025, tầm nhìn đến năm 2030")]
    public void Read_Line_ClassifiesByItsMarker(string line, string kind, string label, string text)
    {
        var paragraph = Assert.Single(Read(line));

        Assert.Equal((kind, label, text), (paragraph.Kind.ToString(), paragraph.Label, paragraph.Text));
    }

    [Fact]
    public void Read_RomanHeadingSplitOverTwoLines_JoinsIt()
    {
        var paragraph = Assert.Single(Read("III. TỔ CHỨC\nTHỰC HIỆN"));

        Assert.Equal("TỔ CHỨC THỰC HIỆN", paragraph.Text);
    }
}
