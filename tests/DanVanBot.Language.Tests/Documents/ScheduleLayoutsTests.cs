using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>
/// A schedule whose rows start with the unit, its day and part of the day in two columns, the year only in the notice's
/// date: "|"-separated rows, tab-separated rows and one cell per line (header labels in capitals broken over two lines,
/// a rule of dashes between rows) give the same obligations.
/// </summary>
public sealed class ScheduleLayoutsTests
{
    private static readonly string[][] Rows =
    [
        ["ĐƠN VỊ ĐƯỢC KIỂM TRA", "NỘI DUNG KIỂM TRA", "NGÀY", "BUỔI"],
        ["Ấp Phú Hòa", "Việc thực hiện dân chủ ở cơ sở", "Thứ Ba, 14/7", "Sáng"],
        ["Ấp Phú Lợi", "Công khai các khoản đóng góp của Nhân dân", "Thứ Năm, 16/7", "Chiều"],
        ["Trường Tiểu học Phú An", "Tiếp nhận, giải quyết kiến nghị của phụ huynh", "Từ ngày 20/7 đến ngày 21/7", "Cả ngày"],
    ];

    private static readonly string[] ExpectedDays = ["14/07/2026", "16/07/2026", "21/07/2026", "09/07/2026"];

    private static string Notice(IEnumerable<string> table) => string.Join('\n',
    [
        "ỦY BAN NHÂN DÂN", "XÃ PHÚ AN", "Số: 52/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú An, ngày 01 tháng 7 năm 2026",
        "THÔNG BÁO", "Lịch kiểm tra công tác dân vận chính quyền",
        "Ủy ban nhân dân xã thông báo lịch kiểm tra như sau:",
        .. table,
        "Các đơn vị được kiểm tra gửi báo cáo về Phòng Văn hóa - Xã hội trước ngày 10/7/2026.",
        "Nơi nhận:", "- Lưu: VT.",
    ]);

    private static IEnumerable<string> Table(string shape) => shape switch
    {
        "pipe" => [.. Rows.Take(1).Select(Pipe), "|---|---|---|---|", .. Rows.Skip(1).Select(Pipe)],
        "tab" => Rows.Select(r => string.Join('\t', r)),
        _ =>
        [
            "ĐƠN VỊ ĐƯỢC", "KIỂM TRA", "NỘI DUNG", "KIỂM TRA", "NGÀY", "BUỔI",
            .. Rows.Skip(1).SelectMany(r => r.Prepend("-----")),
            "-----",
        ],
    };

    private static string Pipe(string[] row) => "| " + string.Join(" | ", row) + " |";

    [Fact]
    public void Parse_UnitFirstScheduleInEachForm_GivesTheSameObligations()
    {
        var forms = new[] { "pipe", "tab", "cells" }
            .Select(shape => PlanDocumentParser.Parse(Notice(Table(shape))).Obligations.Select(AppendixPlan.Describe).ToList())
            .ToList();

        Assert.Equal(forms[0], forms[1]);
        Assert.Equal(forms[0], forms[2]);
        var obligations = PlanDocumentParser.Parse(Notice(Table("cells"))).Obligations;
        Assert.Equal(ExpectedDays, obligations.Select(o => o.Occurrences[^1].LastDay?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Ấp Phú Hòa", obligations[0].Units);
    }

    [Fact]
    public void Parse_SameWordsAsProse_InventsNoTableAndNoDeadline()
    {
        // The words of a header and of rows, written as running text: one deadline, the one the text states.
        var notice = PlanDocumentParser.Parse(Notice(
        [
            "Đơn vị được kiểm tra và nội dung kiểm tra do Trưởng đoàn quyết định.",
            "Thời gian kiểm tra sẽ được thông báo sau, dự kiến vào tuần thứ hai của tháng.",
            "1. Các ấp rà soát hồ sơ, tài liệu về công tác dân vận chính quyền.",
            "2. Trưởng ấp chuẩn bị địa điểm làm việc.",
        ]));

        var obligation = Assert.Single(notice.Obligations, o => o.Occurrences.Count > 0);
        Assert.Equal("09/07/2026", obligation.Occurrences[0].LastDay?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
    }
}
