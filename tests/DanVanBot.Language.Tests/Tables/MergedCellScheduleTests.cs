using System.Globalization;
using DanVanBot.Language.Plans;
using DanVanBot.Language.Tables;

namespace DanVanBot.Language.Tests.Tables;

/// <summary>
/// Schedules exported from Word one cell per line where the table's cells do not map one to one onto lines: a day
/// cell merged over the rows of that day (the rows under it keep only "Sáng"/"Chiều"), a day written across the table
/// over its rows, a month cell merged over its days, empty cells written as empty lines, a header of two rows under
/// "Thời gian" and "Thành phần", a row number and team merged over several visits, and titles between the
/// introduction and the table. Each visit is still one row with its own day and unit.
/// </summary>
public sealed class MergedCellScheduleTests
{
    private static readonly string[] Intro = ["THÔNG BÁO", "Lịch kiểm tra công tác dân vận chính quyền năm 2026", "Ủy ban nhân dân xã thông báo lịch kiểm tra như sau:"];

    private static readonly string[] Note =
    [
        "Các đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản, gửi về Đoàn kiểm tra trước ngày 08/4/2026.",
        "Nơi nhận:", "- Lưu: VT.",
    ];

    [Fact]
    public void Find_DayMergedOverTwoRows_GivesTheAfternoonRowThatDay()
    {
        string[] table =
        [
            "Ngày", "Buổi", "Đơn vị được kiểm tra", "Thành phần làm việc",
            "Thứ Hai, 13/4/2026", "Sáng", "Ấp Phước Hòa", "Trưởng ấp, Bí thư Chi bộ",
            "Chiều", "Ấp Phước Thới", "Trưởng ấp",
            "Thứ Ba, 14/4/2026", "Sáng", "Ấp Vĩnh Lợi", "Trưởng ấp",
            "Chiều", "Ấp Vĩnh Phú", "Trưởng ấp",
            "Cả ngày", "Ấp Vĩnh Thạnh", "Trưởng ấp, đại diện các hộ dân",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["Ấp Phước Hòa", "Ấp Phước Thới", "Ấp Vĩnh Lợi", "Ấp Vĩnh Phú", "Ấp Vĩnh Thạnh"], found.Rows.Select(r => found.Cell(r, ColumnRole.Subject)));
        Assert.Equal(["Thứ Hai, 13/4/2026", "Thứ Hai, 13/4/2026", "Thứ Ba, 14/4/2026", "Thứ Ba, 14/4/2026", "Thứ Ba, 14/4/2026"],
            found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.Equal(["Sáng", "Chiều", "Sáng", "Chiều", "Cả ngày"], found.Rows.Select(r => r.Cells[1]));
    }

    [Fact]
    public void Find_DayRowAcrossTheTable_RowsUnderItTakeTheDayAndKeepAnEmptyCellEmpty()
    {
        string[] table =
        [
            "Thời gian", "Địa bàn kiểm tra", "Nội dung kiểm tra", "Cán bộ phụ trách",
            "Thứ Hai, ngày 12/10/2026",
            "Sáng", "Khu phố 1", "Việc thực hiện dân chủ ở cơ sở", "Phó Chủ tịch UBND phường",
            "Chiều", "Khu phố 2", "Công khai các khoản đóng góp", "Phó Chủ tịch UBND phường",
            "Thứ Ba, ngày 13/10/2026",
            "Sáng", "Khu phố 3", "", "Trưởng phòng Văn hóa - Xã hội",
            "Chiều", "Khu phố 4", "Hòa giải ở cơ sở", "Trưởng phòng Văn hóa - Xã hội",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["Khu phố 1", "Khu phố 2", "Khu phố 3", "Khu phố 4"], found.Rows.Select(r => found.Cell(r, ColumnRole.Subject)));
        Assert.Equal(
            ["Thứ Hai, ngày 12/10/2026\nSáng", "Thứ Hai, ngày 12/10/2026\nChiều", "Thứ Ba, ngày 13/10/2026\nSáng", "Thứ Ba, ngày 13/10/2026\nChiều"],
            found.Rows.Select(r => r.Cells[0]));
        Assert.Equal("", found.Cell(found.Rows[2], ColumnRole.Task));
        Assert.Equal("Trưởng phòng Văn hóa - Xã hội", found.Cell(found.Rows[2], ColumnRole.Lead));
    }

    [Fact]
    public void Find_EmptyCellsAsEmptyLines_KeepEachCellInItsColumn()
    {
        // The place is left empty in the first row, the note in the second: each empty cell is an empty line.
        string[] table =
        [
            "Thời gian", "Đơn vị được kiểm tra", "Địa điểm", "Ghi chú",
            "Sáng 14/4/2026", "Thôn Đông Hòa", "", "Kết hợp đối thoại với Nhân dân",
            "Chiều 14/4/2026", "Thôn Tây Hòa", "Nhà văn hóa thôn", "",
            "Sáng 16/4/2026", "Thôn Nam Hòa", "Hội trường thôn", "Làm việc cả Ban công tác Mặt trận",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["", "Nhà văn hóa thôn", "Hội trường thôn"], found.Rows.Select(r => r.Cells[2]));
        Assert.Equal(["Kết hợp đối thoại với Nhân dân", "", "Làm việc cả Ban công tác Mặt trận"], found.Rows.Select(r => found.Cell(r, ColumnRole.Note)));
    }

    [Fact]
    public void Find_TwoRowHeader_TakesTheSecondRowUnderThoiGianAndThanhPhan()
    {
        string[] table =
        [
            "Thời gian", "Thành phần", "Nội dung giám sát", "Ngày", "Buổi", "Tổ giám sát", "Đơn vị được giám sát",
            "Thứ Hai, 10/8/2026", "Sáng", "Tổ giám sát số 1", "Thôn Mỹ An", "Công khai thông tin về đất đai",
            "Thứ Hai, 10/8/2026", "Chiều", "Tổ giám sát số 2", "Thôn Mỹ Hải", "Nhân dân bàn và quyết định",
            "Thứ Ba, 11/8/2026", "Sáng", "Tổ giám sát số 1", "Thôn An Hòa", "Hoạt động của Ban Thanh tra nhân dân",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["Ngày", "Buổi", "Tổ giám sát", "Đơn vị được giám sát", "Nội dung giám sát"], found.Columns.Select(c => c.Header));
        Assert.Equal(["Thôn Mỹ An", "Thôn Mỹ Hải", "Thôn An Hòa"], found.Rows.Select(r => found.Cell(r, ColumnRole.Subject)));
        Assert.Equal(["Thứ Hai, 10/8/2026", "Thứ Hai, 10/8/2026", "Thứ Ba, 11/8/2026"], found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
    }

    [Fact]
    public void Find_MonthMergedOverItsDays_IsAHeadingNotATime()
    {
        string[] table =
        [
            "Tháng", "Ngày tiếp công dân", "Lãnh đạo chủ trì tiếp", "Địa điểm",
            "Tháng 10/2026", "07h30 ngày 08/10/2026", "Chủ tịch UBND phường", "Phòng Tiếp công dân phường",
            "07h30 ngày 22/10/2026", "Phó Chủ tịch UBND phường", "Phòng Tiếp công dân phường",
            "Tháng 11/2026", "07h30 ngày 05/11/2026", "Chủ tịch UBND phường", "Nhà văn hóa Khu phố 4",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["07h30 ngày 08/10/2026", "07h30 ngày 22/10/2026", "07h30 ngày 05/11/2026"], found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.Equal(Intro.Length + 1, found.FirstLine);
    }

    [Fact]
    public void Find_NumberAndTeamMergedOverVisits_GivesEachVisitItsRowAndTheTeam()
    {
        // Word's export: every cell a line, the merged and the empty ones as empty lines.
        string[] table =
        [
            "STT", "Đoàn kiểm tra", "Thời gian", "Đơn vị được kiểm tra", "Ghi chú",
            "1", "Đoàn số 1", "7h30 ngày 14/4/2026", "Ấp Tân Phước", "",
            "", "", "14/4/2026 (chiều)", "Ấp Tân Hòa", "",
            "", "", "7h30 ngày 16/4/2026", "Ấp Tân Thuận", "Làm việc tại nhà văn hóa ấp",
            "2", "Đoàn số 2", "7h30 ngày 14/4/2026", "Ấp Đông Hòa", "",
            "", "", "14/4/2026 (chiều)", "Ấp Đông Phú", "",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["Ấp Tân Phước", "Ấp Tân Hòa", "Ấp Tân Thuận", "Ấp Đông Hòa", "Ấp Đông Phú"], found.Rows.Select(r => found.Cell(r, ColumnRole.Subject)));
        Assert.Equal(["7h30 ngày 14/4/2026", "14/4/2026 (chiều)", "7h30 ngày 16/4/2026", "7h30 ngày 14/4/2026", "14/4/2026 (chiều)"],
            found.Rows.Select(r => found.Cell(r, ColumnRole.Time)));
        Assert.Equal(["Đoàn số 1", "Đoàn số 1", "Đoàn số 1", "Đoàn số 2", "Đoàn số 2"], found.Rows.Select(r => r.Cells[1]));
        Assert.Equal(["1", "1", "1", "2", "2"], found.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Find_NumberedPlanRowWithANoteDate_StaysOneRow()
    {
        // A time at the row's end with no cell after it is a note's, not a second visit.
        string[] table =
        [
            "STT", "Thời gian", "Đơn vị được kiểm tra", "Ghi chú",
            "1", "Ngày 14/4/2026", "Ấp Tân Phước", "Chậm nhất ngày 10/4/2026",
            "2", "Ngày 16/4/2026", "Ấp Tân Hòa",
        ];

        var found = Assert.Single(TextTableFinder.Find([.. Intro, .. table, .. Note]));

        Assert.Equal(["Ấp Tân Phước", "Ấp Tân Hòa"], found.Rows.Select(r => found.Cell(r, ColumnRole.Subject)));
    }

    [Fact]
    public void Parse_TitlesBetweenIntroductionAndTable_RowsTakeTheIntroductionsActivity()
    {
        var notice = PlanDocumentParser.Parse(string.Join('\n',
        [
            "ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ HỮU", "Số: 43/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú Hữu, ngày 24 tháng 9 năm 2026",
            "THÔNG BÁO", "Lịch tiếp công dân định kỳ quý IV năm 2026",
            "Chủ tịch UBND phường tiếp công dân định kỳ theo lịch sau:",
            "LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ",
            "CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN PHƯỜNG QUÝ IV NĂM 2026",
            "Tháng", "Ngày tiếp công dân", "Lãnh đạo chủ trì tiếp", "Địa điểm",
            "Tháng 10/2026", "07h30 ngày 08/10/2026", "Chủ tịch UBND phường", "Phòng Tiếp công dân phường",
            "07h30 ngày 22/10/2026", "Phó Chủ tịch UBND phường", "Phòng Tiếp công dân phường",
            "Nơi nhận:", "- Lưu: VT.",
        ]));

        Assert.Equal(["08/10/2026", "22/10/2026"], notice.Obligations.Where(o => o.Occurrences.Count > 0)
            .Select(o => o.Occurrences[^1].LastDay?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        Assert.All(notice.Obligations, o => Assert.StartsWith("Chủ tịch UBND phường tiếp công dân định kỳ", o.Description));
    }

    [Fact]
    public void Parse_ScheduleAsAppendixAfterTheSignature_ReadsItsRows()
    {
        var notice = PlanDocumentParser.Parse(string.Join('\n',
        [
            "ỦY BAN NHÂN DÂN", "XÃ THẠNH MỸ", "Số: 52/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thạnh Mỹ, ngày 03 tháng 4 năm 2026",
            "THÔNG BÁO", "Về việc kiểm tra công tác dân vận chính quyền năm 2026",
            "Ủy ban nhân dân xã kiểm tra công tác dân vận chính quyền tại các ấp (lịch cụ thể kèm theo Thông báo này).",
            "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hữu Tâm",
            "PHỤ LỤC", "LỊCH KIỂM TRA CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2026",
            "(Kèm theo Thông báo số 52/TB-UBND ngày 03/4/2026 của Ủy ban nhân dân xã Thạnh Mỹ)",
            "Thời gian", "Đơn vị được kiểm tra", "Nội dung", "Ghi chú",
            "Từ 07h30 - 11h00 ngày 14/4", "Ấp Mỹ Lợi", "Dân chủ ở cơ sở",
            "Ngày 16 và 17/4/2026", "Ấp Mỹ Thuận", "Hòa giải ở cơ sở", "Kết hợp đối thoại với Nhân dân",
            "Tuần từ 21/4 đến 24/4/2026", "Các ấp còn lại", "Tự kiểm tra, báo cáo bằng văn bản",
        ]));

        var rows = notice.Obligations.Where(o => o.SourceLines.Any(l => l > 17)).ToList();
        Assert.Equal(["14/04/2026", "16/04/2026-17/04/2026", "21/04/2026-24/04/2026"], rows.Select(o => o.Occurrences.Single() switch
        {
            { WindowFrom: { } from, WindowTo: { } to } => $"{from:dd/MM/yyyy}-{to:dd/MM/yyyy}",
            var occurrence => $"{occurrence.LastDay:dd/MM/yyyy}",
        }));
        Assert.Equal(["Ấp Mỹ Lợi", "Ấp Mỹ Thuận", "Các ấp còn lại"], rows.Select(o => o.Units.Single()));
        // The clock times are no date: nothing on 30/11.
        Assert.DoesNotContain(notice.Obligations, o => o.Occurrences.Any(x => x.LastDay == new DateOnly(2026, 11, 30)));
    }
}
