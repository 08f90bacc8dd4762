using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>
/// A notice whose schedule has no "STT" column, its rows led by the unit, read from "|"-separated rows, tab-separated
/// rows and one cell per line (an empty note leaves no line): the three give the same obligations.
/// </summary>
public sealed class ScheduleTableFormsTests
{
    private static readonly string[][] Rows =
    [
        ["Đơn vị được kiểm tra", "Thời gian", "Thành phần làm việc", "Ghi chú"],
        ["Ấp Bình Lợi", "Sáng thứ Ba, ngày 18/8/2026", "Trưởng ấp, Bí thư Chi bộ", ""],
        ["Ấp Bình Thành", "Từ 20 đến 21/8/2026", "Trưởng ấp", "Kết hợp đối thoại với Nhân dân"],
        ["Trường Tiểu học Bình An", "Chiều thứ Năm, ngày 27/8/2026", "Hiệu trưởng", ""],
    ];

    private static readonly string[] Expected =
    [
        " | Kiểm tra: Ấp Bình Lợi | Ấp Bình Lợi |  | - | ngày 18/8/2026 | 18/08/2026 |  | Activity | dated",
        " | Kiểm tra: Ấp Bình Thành | Ấp Bình Thành |  | - | Từ 20 đến 21/8/2026 | 21/08/2026 | 20/08/2026-21/08/2026 | Activity | dated",
        " | Kiểm tra: Trường Tiểu học Bình An | Trường Tiểu học Bình An |  | - | ngày 27/8/2026 | 27/08/2026 |  | Activity | dated",
        " | Các đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản, gửi Đoàn kiểm tra | Các đơn vị được kiểm tra |  | - | trước ngày 14/8/2026 | 13/08/2026 |  | Report | dated",
    ];

    private static string Notice(IEnumerable<string> table) => string.Join('\n',
    [
        "ỦY BAN NHÂN DÂN", "XÃ BÌNH AN", "Số: 31/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bình An, ngày 02 tháng 8 năm 2026",
        "THÔNG BÁO", "Lịch kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở năm 2026",
        "Đoàn kiểm tra thông báo lịch kiểm tra như sau:",
        .. table,
        "Các đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản, gửi Đoàn kiểm tra trước ngày 14/8/2026.",
        "Nơi nhận:", "- Lưu: VT.",
    ]);

    public static TheoryData<string> Shapes => ["pipe", "tab", "cell-per-line"];

    private static IEnumerable<string> Table(string shape) => shape switch
    {
        "pipe" => [.. Rows.Take(1).Select(Pipe), "|---|---|---|---|", .. Rows.Skip(1).Select(Pipe)],
        "tab" => Rows.Select(r => string.Join('\t', r)),
        _ => Rows.SelectMany(r => r.Where(c => c.Length > 0)),
    };

    private static string Pipe(string[] row) => "| " + string.Join(" | ", row) + " |";

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parse_UnnumberedScheduleInEachForm_GivesTheSameObligations(string shape)
    {
        var notice = PlanDocumentParser.Parse(Notice(Table(shape)));

        Assert.Equal(Expected, notice.Obligations.Select(AppendixPlan.Describe));
    }
}
