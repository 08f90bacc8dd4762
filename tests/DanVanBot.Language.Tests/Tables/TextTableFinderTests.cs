using DanVanBot.Language.Tables;

namespace DanVanBot.Language.Tests.Tables;

/// <summary>
/// One appendix table in the three shapes text exports give it: "|"-separated rows, tab-separated rows, and one cell
/// per line (empty cells leave no line). All three must give the same columns and the same rows.
/// </summary>
public sealed class TextTableFinderTests
{
    internal static readonly string[][] Rows =
    [
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
        ["I", "CÔNG TÁC TUYÊN TRUYỀN", "", "", "", ""],
        ["1", "Tuyên truyền Kế hoạch trên Trang thông tin điện tử xã", "Văn phòng HĐND và UBND xã", "Các đoàn thể", "Tháng 3 - 4", "Tin, bài"],
        ["2", "Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân", "Phòng Văn hóa - Xã hội", "", "Quý II", "Báo cáo kết quả"],
        ["II", "CÔNG TÁC KIỂM TRA", "", "", "", ""],
        ["1", "Kiểm tra việc thực hiện dân chủ ở cơ sở tại các thôn", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ xã", "Trước ngày 20/10", "Thông báo kết luận"],
        ["2", "Báo cáo kết quả thực hiện Kế hoạch năm 2025", "Các cơ quan, đơn vị", "", "Hằng quý, trước ngày 12 tháng cuối quý", "Báo cáo"],
    ];

    private static readonly string[] Before = ["PHỤ LỤC", "NHIỆM VỤ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2025", ""];
    private static readonly string[] After = ["", "Trên đây là Kế hoạch thực hiện công tác dân vận chính quyền năm 2025."];

    public static TheoryData<string> Shapes => ["pipe", "tab", "cell-per-line"];

    private static string[] Lines(string shape) => [.. Before, .. TableLines(shape), .. After];

    /// <summary>The table alone in one of the shapes.</summary>
    internal static string[] TableLines(string shape) => shape switch
    {
        "pipe" => [.. Rows.Take(1).Select(Pipe), "|---|---|---|---|---|---|", .. Rows.Skip(1).Select(Pipe)],
        "tab" => [.. Rows.Select(r => string.Join('\t', r))],
        _ => [.. Rows.SelectMany(r => r.Where(c => c.Length > 0).Append(""))],
    };

    private static string Pipe(string[] row) => "| " + string.Join(" | ", row) + " |";

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Find_AppendixTable_ReadsColumnsAndRows(string shape)
    {
        var table = Assert.Single(TextTableFinder.Find(Lines(shape)));

        Assert.Equal(
            [ColumnRole.Number, ColumnRole.Task, ColumnRole.Lead, ColumnRole.Partners, ColumnRole.Time, ColumnRole.Product],
            table.Columns.Select(c => c.Role).ToArray());
        Assert.Equal(Rows.Skip(1).Select(r => string.Join(" | ", r)).ToArray(),
            table.Rows.Select(r => string.Join(" | ", r.Cells)).ToArray());
        Assert.Equal([true, false, false, true, false, false], table.Rows.Select(r => r.IsGroup).ToArray());
        Assert.Equal(4, table.FirstLine);
    }

    [Fact]
    public void Find_CellPerLine_TaskOfTwoParagraphsStaysOneCell()
    {
        string[] lines =
        [
            "TT", "Nội dung công việc", "Ngày chậm nhất phải hoàn thành",
            "1", "Triển khai công tác bầu cử ở xã", "Mở hội nghị triển khai công tác bầu cử ở xã.", "29/01/2026",
            "2", "Niêm yết danh sách cử tri", "15/02/2026 (chủ nhật)",
        ];

        var table = Assert.Single(TextTableFinder.Find(lines));

        Assert.Equal("Triển khai công tác bầu cử ở xã\nMở hội nghị triển khai công tác bầu cử ở xã.", table.Rows[0].Cells[1]);
        Assert.Equal("29/01/2026", table.Rows[0].Cells[2]);
        Assert.Equal("15/02/2026 (chủ nhật)", table.Rows[1].Cells[2]);
    }

    [Fact]
    public void Find_TabExportOfMultiParagraphCell_JoinsTheBrokenRow()
    {
        string[] lines =
        [
            "STT\tNội dung\tĐơn vị thực hiện\tThời hạn",
            "1\tRà soát thủ tục hành chính",
            "Đề xuất cắt giảm thời gian giải quyết\tVăn phòng UBND\tTrước ngày 30/6/2025",
            "2\tBáo cáo kết quả\tPhòng Nội vụ\t15/12/2025",
        ];

        var table = Assert.Single(TextTableFinder.Find(lines));

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Rà soát thủ tục hành chính\nĐề xuất cắt giảm thời gian giải quyết", table.Rows[0].Cells[1]);
        Assert.Equal("Trước ngày 30/6/2025", table.Rows[0].Cells[3]);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |")]
    [InlineData("Số: 12/KH-UBND\tAn Phú, ngày 03 tháng 3 năm 2025")]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("Nội dung")]
    public void Find_LinesThatAreNoTaskTable_FindsNothing(string line)
    {
        Assert.Empty(TextTableFinder.Find([line, "1. Nâng cao hiệu quả công tác dân vận.", "2. Báo cáo kết quả trước ngày 15/11/2025."]));
    }
}

/// <summary>
/// A one-cell-per-line header whose labels the export broke over two lines ("Đơn vị được" / "kiểm tra", "Thời gian" /
/// "kiểm tra", in lower case or in capitals) is still the header: the labels are joined and the rows read.
/// </summary>
public sealed class BrokenHeaderLabelTests
{
    private static readonly string[] Rows =
    [
        "1", "Thôn Phú Lợi", "Sáng thứ Ba, 06/10/2026", "Tổ công tác số 1",
        "2", "Thôn Phú An", "Chiều thứ Ba, 06/10/2026", "Tổ công tác số 1",
    ];

    [Theory]
    [InlineData("STT|Đơn vị được|kiểm tra|Thời gian|Thành phần", "Đơn vị được kiểm tra")]
    [InlineData("STT|Đơn vị được kiểm tra|Thời gian|kiểm tra|Thành phần", "Thời gian kiểm tra")]
    [InlineData("STT|ĐƠN VỊ ĐƯỢC|KIỂM TRA|THỜI GIAN|THÀNH PHẦN", "ĐƠN VỊ ĐƯỢC KIỂM TRA")]
    public void Find_HeaderLabelBrokenOverTwoLines_JoinsItAndReadsTheRows(string header, string joined)
    {
        var table = Assert.Single(TextTableFinder.Find([.. header.Split('|'), .. Rows, "Nơi nhận:"]));

        Assert.Equal(4, table.Columns.Count);
        Assert.Contains(table.Columns, c => c.Header == joined);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Thôn Phú An", table.Cell(table.Rows[1], ColumnRole.Subject));
    }

    [Fact]
    public void Find_RowNumberUnderTheHeader_IsNotJoinedToTheLastLabel()
    {
        var table = Assert.Single(TextTableFinder.Find(["STT", "Đơn vị được kiểm tra", "Thời gian", "Ghi chú", .. Rows, "Nơi nhận:"]));

        Assert.Equal(["STT", "Đơn vị được kiểm tra", "Thời gian", "Ghi chú"], table.Columns.Select(c => c.Header));
        Assert.Equal(2, table.Rows.Count);
    }
}

/// <summary>
/// A one-cell-per-line table with an STT column whose row numbers share the line of the row's first cell ("1. Ấp Long
/// Bình", "01 | Ấp Long Bình" half converted): each number starts its row; a numbered paragraph under the table, or
/// inside a cell of a table that numbers its rows on lines of their own, does not.
/// </summary>
public sealed class InlineRowNumberTests
{
    private static readonly string[][] Rows =
    [
        ["Ấp Long Bình", "08 giờ 00, thứ Tư (15/7/2026)", "Trưởng ấp, Bí thư Chi bộ"],
        ["Ấp Long Hòa", "Sáng thứ Năm, 23/7", "Trưởng ấp"],
        ["Ấp Tân Quới", "Từ ngày 28/7 đến ngày 29/7/2026", "Trưởng ấp, Tổ trưởng tổ tự quản"],
    ];

    [Theory]
    [InlineData("STT", "{0}. {1}")]
    [InlineData("Số TT", "{0:00} | {1}")]
    [InlineData("SỐ TT", "{0}) {1}")]
    public void Find_NumberOnTheFirstCellsLine_StartsEachRow(string numberLabel, string format)
    {
        var lines = Rows.SelectMany((r, i) => r.Select((c, j) => j == 0 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i + 1, c) : c));

        var table = Assert.Single(TextTableFinder.Find(
            [numberLabel, "Đơn vị được kiểm tra", "Thời gian", "Thành phần làm việc", .. lines, "4. Yêu cầu", "- Các ấp chuẩn bị báo cáo bằng văn bản.", "Nơi nhận:"]));

        Assert.Equal(["1", "2", "3"], table.Rows.Select(r => r.Number.TrimStart('0')));
        Assert.Equal(Rows.Select(r => r[0]), table.Rows.Select(r => table.Cell(r, ColumnRole.Subject)));
        Assert.Equal(Rows.Select(r => r[1]), table.Rows.Select(r => table.Cell(r, ColumnRole.Time)));
    }

    [Fact]
    public void Find_NumberedParagraphInACellOfANumberedTable_StaysInTheCell()
    {
        var table = Assert.Single(TextTableFinder.Find(
        [
            "TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành",
            "1", "Kiểm tra việc thực hiện dân chủ ở cơ sở:", "2. Tại các ấp", "Phòng Văn hóa - Xã hội", "Tháng 9/2026",
            "2", "Báo cáo kết quả kiểm tra", "Phòng Văn hóa - Xã hội", "Trước ngày 15/10/2026",
            "Nơi nhận:",
        ]));

        Assert.Equal(["1", "2"], table.Rows.Select(r => r.Number));
        Assert.Equal("Kiểm tra việc thực hiện dân chủ ở cơ sở: 2. Tại các ấp", table.Cell(table.Rows[0], ColumnRole.Task));
    }
}
