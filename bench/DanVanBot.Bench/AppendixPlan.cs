using System.Globalization;
using System.Text;

namespace DanVanBot.Bench;

/// <summary>
/// A plan whose duties are in a 40-row PHỤ LỤC table after the signature (issue 14: "a 30 KB plan with a 40-row
/// appendix"): the body of the largest sample, cut so that body and appendix together are about 30 KB, then the
/// appendix in one of the text forms ("pipe" rows, or one cell per line, the form the row aligner works hardest on).
/// </summary>
public static class AppendixPlan
{
    public const int Rows = 40;

    private static readonly string[] Header = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"];

    private static readonly string[] Tasks =
    [
        "Tuyên truyền, phổ biến Kế hoạch trên Trang thông tin điện tử và hệ thống truyền thanh cơ sở",
        "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND với Nhân dân về thủ tục hành chính",
        "Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại các thôn, tổ dân phố",
        "Báo cáo kết quả thực hiện công tác dân vận chính quyền",
        "Rà soát, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa",
        "Tập huấn kỹ năng dân vận cho cán bộ, công chức",
    ];

    private static readonly string[] Leads = ["Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Các cơ quan, đơn vị"];

    private static readonly string[] Times =
    [
        "Trước ngày {0}/{1}", "Quý {2}", "Tháng {1} - {3}", "Hằng quý, trước ngày 12 tháng cuối quý", "Thường xuyên", "Hoàn thành chậm nhất {0}/{1}",
    ];

    public static string Build(string shape)
    {
        var rows = Enumerable.Range(1, Rows).Select(Row).ToList();
        var appendix = new List<string> { "PHỤ LỤC", "NHIỆM VỤ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN", "(Kèm theo Kế hoạch)" };
        appendix.AddRange(shape == "pipe"
            ? [Pipe(Header), "|---|---|---|---|---|---|", .. rows.Select(Pipe)]
            : [.. Header, .. rows.SelectMany(r => r.Where(c => c.Length > 0))]);
        var appendixBytes = Encoding.UTF8.GetByteCount(string.Join('\n', appendix));
        var body = SamplePlans.Files.Select(File.ReadAllText).MaxBy(t => Encoding.UTF8.GetByteCount(t))!;
        var bodyBytes = SamplePlans.ThirtyKilobytes - appendixBytes;
        var bodyLines = new List<string>();
        var size = 0;
        foreach (var line in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (size >= bodyBytes) break;
            bodyLines.Add(line);
            size += Encoding.UTF8.GetByteCount(line) + 1;
        }
        return string.Join('\n', [.. bodyLines, "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", .. appendix]);
    }

    private static string[] Row(int number)
    {
        var month = 1 + number % 12;
        var time = string.Format(CultureInfo.InvariantCulture, Times[number % Times.Length],
            10 + number % 18, month, ((month - 1) / 3 + 1) switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" }, Math.Min(12, month + 1));
        return
        [
            number.ToString(CultureInfo.InvariantCulture), $"{Tasks[number % Tasks.Length]} (đợt {number})", Leads[number % Leads.Length],
            number % 3 == 0 ? "" : "Ủy ban MTTQ và các đoàn thể", time, number % 2 == 0 ? "Báo cáo" : "",
        ];
    }

    private static string Pipe(string[] cells) => "| " + string.Join(" | ", cells) + " |";
}
