using DanVanBot.Language.Tables;

namespace DanVanBot.Language.Tests.Tables;

/// <summary>
/// Schedules exported one cell per line without a "TT"/"STT" column: the header is a run of column labels in any
/// wording and order, and each row is found by its time cell, whether it leads the row or follows a unit's name,
/// with or without blank lines between rows, and the text under the table stays out of it.
/// </summary>
public sealed class UnnumberedCellTableTests
{
    private static readonly string[] Intro = ["THÔNG BÁO", "Lịch kiểm tra công tác dân vận chính quyền năm 2026", "Ủy ban nhân dân xã thông báo lịch kiểm tra như sau:"];

    private static readonly string[] Note =
    [
        "Các đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản, gửi về Đoàn kiểm tra trước ngày 08/4/2026.",
        "Nơi nhận:", "- Lưu: VT.",
    ];

    [Fact]
    public void Find_DateFirstRowsParted_ReadsEachRowAndStopsAtTheNote()
    {
        string[] table =
        [
            "Thời gian", "Đơn vị được kiểm tra", "Địa điểm", "Thành phần", "",
            "Sáng thứ Ba, ngày 14/4/2026", "Thôn Đông Hòa", "Nhà văn hóa thôn", "Trưởng thôn, Bí thư Chi bộ", "",
            "Chiều thứ Ba, ngày 14/4/2026", "Thôn Tây Hòa", "Nhà văn hóa thôn", "",
            "08 giờ 00, thứ Năm (16/4/2026)", "Trường Mầm non Hoa Sen", "Phòng họp nhà trường", "Hiệu trưởng", "",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal([ColumnRole.Time, ColumnRole.Subject, ColumnRole.Other, ColumnRole.Other], found.Columns.Select(c => c.Role));
        Assert.Equal(["Sáng thứ Ba, ngày 14/4/2026", "Chiều thứ Ba, ngày 14/4/2026", "08 giờ 00, thứ Năm (16/4/2026)"],
            found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.Equal(["Thôn Đông Hòa", "Thôn Tây Hòa", "Trường Mầm non Hoa Sen"], found.Rows.Select(r => found.Cell(r, ColumnRole.Subject)));
        Assert.Equal(4, found.FirstLine);
        Assert.Equal(Intro.Length + table.Length - 1, found.LastLine);
    }

    [Fact]
    public void Find_UnitFirstRowsWithEmptyNotes_GivesEachUnitItsOwnDay()
    {
        string[] table =
        [
            "Cơ quan, đơn vị được kiểm tra", "Thời gian kiểm tra", "Cán bộ phụ trách", "Ghi chú",
            "Phòng Kinh tế", "Ngày 05/5", "Phó Chủ tịch UBND xã",
            "Văn phòng HĐND và UBND xã", "Sáng 07/5", "Chủ tịch UBND xã", "Kiểm tra cả Bộ phận Một cửa",
            "Ấp Thạnh Lợi", "Từ 18 đến 19/5", "Trưởng Phòng Văn hóa - Xã hội",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Ấp Thạnh Lợi"], found.Rows.Select(r => found.Cell(r, ColumnRole.Subject)));
        Assert.Equal(["Ngày 05/5", "Sáng 07/5", "Từ 18 đến 19/5"], found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.Equal("Kiểm tra cả Bộ phận Một cửa", found.Cell(found.Rows[1], ColumnRole.Note));
    }

    [Theory]
    // Wording, order and case vary; a title in capitals right above the header is not a column.
    [InlineData("LỊCH LÀM VIỆC|NGÀY|NỘI DUNG|ĐƠN VỊ THỰC HIỆN", "NGÀY|NỘI DUNG|ĐƠN VỊ THỰC HIỆN")]
    [InlineData("Ngày|Nội dung công việc|Đơn vị chủ trì", "Ngày|Nội dung công việc|Đơn vị chủ trì")]
    [InlineData("Thời điểm|Nội dung|Bộ phận thực hiện", "Thời điểm|Nội dung|Bộ phận thực hiện")]
    [InlineData("Thời gian|Nội dung|kiểm tra|Đơn vị thực hiện", "Thời gian|Nội dung kiểm tra|Đơn vị thực hiện")]
    public void Find_HeaderInOtherWords_ReadsTheSameRows(string header, string columns)
    {
        string[] rows =
        [
            "Sáng 07/10", "Làm việc với Thường trực UBND xã", "Văn phòng HĐND và UBND xã",
            "Chiều 07/10", "Kiểm tra hồ sơ", "Kiểm tra việc giải quyết phản ánh, kiến nghị", "Phòng Văn hóa - Xã hội",
            "Từ 08 đến 09/10", "Khảo sát thực tế tại các ấp", "Phòng Văn hóa - Xã hội",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. header.Split('|'), .. rows, .. Note]));

        Assert.Equal(columns.Split('|'), found.Columns.Select(c => c.Header));
        Assert.Equal(3, found.Rows.Count);
        Assert.Equal("Kiểm tra hồ sơ\nKiểm tra việc giải quyết phản ánh, kiến nghị", found.Rows[1].Cells[1]);
        Assert.Equal("Phòng Văn hóa - Xã hội", found.Cell(found.Rows[2], ColumnRole.Lead));
    }

    [Fact]
    public void Find_ReceptionDaysWithOneLinePerColumn_TakesTheCellsInOrder()
    {
        string[] table =
        [
            "Ngày tiếp công dân", "Lãnh đạo chủ trì tiếp", "Địa điểm",
            "Thứ Năm, 07/01/2027", "Chủ tịch UBND phường", "Phòng tiếp công dân phường",
            "Thứ Năm, 04/3/2027", "Phó Chủ tịch UBND phường", "Khu phố 5",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["Chủ tịch UBND phường", "Phó Chủ tịch UBND phường"], found.Rows.Select(r => found.Cell(r, ColumnRole.Lead)));
        Assert.Equal(["Phòng tiếp công dân phường", "Khu phố 5"], found.Rows.Select(r => found.Cell(r, ColumnRole.Other)));
    }

    [Theory]
    // Headings of a prose notice, each with its own text: no run of labels.
    [InlineData("1. Thời gian: Sáng thứ Ba, ngày 14/4/2026.|2. Địa điểm: Hội trường UBND xã.|3. Thành phần: Đại diện các thôn.")]
    [InlineData("Thời gian|Sáng thứ Ba, ngày 14/4/2026, tại Hội trường UBND xã.|Thành phần|Đại diện lãnh đạo các thôn, tổ dân phố.")]
    // Labels followed by a paragraph, not by rows.
    [InlineData("Thời gian|Nội dung|Đơn vị thực hiện|Ủy ban nhân dân xã đề nghị các đơn vị gửi báo cáo về Phòng Văn hóa - Xã hội trước ngày 15/11/2026 để tổng hợp.")]
    // A single dated line under labels is not a table of rows.
    [InlineData("Thời gian|Đơn vị được kiểm tra|Địa điểm|Ngày 14/4/2026|Thôn Đông Hòa|Nhà văn hóa thôn")]
    // Lines that read like labels but carry dates or numbering are never a header.
    [InlineData("Thời gian năm 2026|Nội dung năm 2026|Đơn vị thực hiện năm 2026|Ngày 14/4/2026|Ngày 16/4/2026")]
    [InlineData("- Thời gian|- Nội dung|- Đơn vị thực hiện|Ngày 14/4/2026|Ngày 16/4/2026")]
    public void Find_ProseAndLabelLikeLines_FindsNoTable(string text)
    {
        Assert.Empty(TextTableFinder.Find([.. Intro, .. text.Split('|'), .. Note]));
    }

    [Fact]
    public void Find_NumberedScheduleUnderTheSameHeader_StillTakesItsNumbers()
    {
        string[] table =
        [
            "STT", "Thời gian", "Đơn vị được kiểm tra", "Địa điểm",
            "1", "Sáng thứ Ba, ngày 14/4/2026", "Thôn Đông Hòa", "Nhà văn hóa thôn",
            "2", "Chiều thứ Ba, ngày 14/4/2026", "Thôn Tây Hòa", "Nhà văn hóa thôn",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(ColumnRole.Number, found.Columns[0].Role);
        Assert.Equal(["1", "2"], found.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Find_ColumnNumbersAndMonthLinesUnderTheHeader_AreNeitherRowsNorTimes()
    {
        string[] table =
        [
            "Thời gian", "Địa bàn giám sát", "Nội dung", "Cơ quan chủ trì", "(1)", "(2)", "(3)", "(4)", "",
            "Tháng 10/2026:", "",
            "20/10/2026 (thứ Ba)", "Thôn Phước Thuận", "Công khai thông tin về đất đai", "Phòng Kinh tế", "",
            "Ngày 22 tháng 10 năm 2026", "Thôn Phước Hưng", "Hội nghị thôn", "Phòng Văn hóa - Xã hội", "",
            "Tháng 11/2026:", "",
            "03/11/2026 (thứ Ba)", "Trung tâm Phục vụ hành chính công xã", "Công khai thủ tục hành chính", "Văn phòng HĐND và UBND xã", "",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["20/10/2026 (thứ Ba)", "Ngày 22 tháng 10 năm 2026", "03/11/2026 (thứ Ba)"], found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.Equal(["Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã"], found.Rows.Select(r => found.Cell(r, ColumnRole.Lead)));
    }

    [Theory]
    // The number on the line of the row's first cell, whether that is the time or the unit; "3. Tổ chức thực hiện"
    // under the table is out of sequence and stays out.
    [InlineData(true)]
    [InlineData(false)]
    public void Find_RowNumberOnTheFirstCellsLine_StartsEachRow(bool timeFirst)
    {
        string[][] rows =
        [
            ["Sáng thứ Hai, 14/9/2026", "Văn phòng HĐND và UBND xã", "Nghe báo cáo kết quả"],
            ["Thứ Ba, 15/9/2026", "Phòng Văn hóa - Xã hội", "Khảo sát tại ấp Hiệp An"],
            ["Sáng thứ Năm, 17/9/2026", "Phòng Văn hóa - Xã hội", "Thông qua dự thảo biên bản"],
        ];
        string[] header = timeFirst ? ["Thời gian", "Đơn vị phụ trách", "Nội dung làm việc"] : ["Đơn vị phụ trách", "Thời gian", "Nội dung làm việc"];
        var lines = rows.SelectMany((r, i) => (timeFirst ? r : [r[1], r[0], r[2]]).Select((c, j) => j == 0 ? $"{i + 1}. {c}" : c));

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. header, .. lines, "3. Tổ chức thực hiện", .. Note]));

        Assert.Equal(rows.Select(r => r[0]), found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.Equal(rows.Select(r => r[1]), found.Rows.Select(r => found.Cell(r, ColumnRole.Lead)));
    }

    [Fact]
    public void Find_SeveralUnitsInOneCell_StayTogetherInTheirRow()
    {
        string[] table =
        [
            "Đơn vị được kiểm tra", "Thời gian", "Thành viên đoàn", "Ghi chú",
            "- Trường Mầm non Hoa Sen", "- Trường Tiểu học Phú Mỹ", "08 giờ 00, thứ Ba (04/8/2026)", "Phòng Văn hóa - Xã hội", "Làm việc tại Trường Mầm non Hoa Sen",
            "- Trạm Y tế phường", "- Trung tâm Phục vụ hành chính công phường", "08 giờ 00, thứ Năm (06/8/2026)", "Văn phòng HĐND và UBND phường",
            "- Trung tâm Dịch vụ tổng hợp phường", "08 giờ 00, thứ Ba (11/8/2026)", "Phòng Kinh tế",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(
            ["- Trường Mầm non Hoa Sen\n- Trường Tiểu học Phú Mỹ", "- Trạm Y tế phường\n- Trung tâm Phục vụ hành chính công phường", "- Trung tâm Dịch vụ tổng hợp phường"],
            found.Rows.Select(r => string.Join('\n', found.Paragraphs(r, ColumnRole.Subject))));
    }

    [Fact]
    public void Find_ClockTimeColumn_IsNotADate()
    {
        string[] table =
        [
            "NGƯỜI TIẾP", "CÔNG DÂN", "CHỨC VỤ", "NGÀY TIẾP", "GIỜ TIẾP",
            "Ông Võ Thành Nhân", "Chủ tịch UBND xã", "Thứ Năm, 06/8", "07 giờ 30 - 11 giờ 00",
            "Bà Lý Thị Kim Yến", "Phó Chủ tịch UBND xã", "20/8 (thứ Năm)", "13 giờ 30 - 16 giờ 30",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal([ColumnRole.Other, ColumnRole.Lead, ColumnRole.Time, ColumnRole.Other], found.Columns.Select(c => c.Role));
        Assert.Equal(["Thứ Năm, 06/8", "20/8 (thứ Năm)"], found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.False(DanVanBot.Language.Deadlines.TimeCellReader.Read("07 giờ 30 - 11 giờ 00", DanVanBot.Domain.Plans.Deadlines.PlanPeriod.SingleYear(2026)).IsTime);
    }

    [Fact]
    public void Find_ProseWithHeaderWords_IsNoTable()
    {
        string[] prose =
        [
            "ĐƠN VỊ ĐƯỢC", "KIỂM TRA GỒM CÁC ẤP VÀ TRƯỜNG HỌC",
            "Thời gian",
            "Đoàn kiểm tra làm việc vào sáng thứ Ba, ngày 14/7/2026 tại ấp Phú Hòa.",
            "Nội dung kiểm tra gồm việc thực hiện dân chủ ở cơ sở và công khai các khoản đóng góp.",
            "1. Sáng thứ Năm, 16/7/2026 Đoàn làm việc với ấp Phú Lợi về các nội dung trên, có biên bản gửi Trưởng đoàn.",
        ];

        Assert.Empty(TextTableFinder.Find([.. Intro, .. prose, .. Note]));
    }
}
